using System.Globalization;
using System.Text;
using Autograder.Cases;
using Autograder.Checking;
using Autograder.Execution;
using Autograder.Scoring;

namespace Autograder.Cli;

/// <summary>
/// <c>autograder cases show CASE</c>: what the reference allocator does at each step of a case, and the zone
/// after every step that changes it, so that a student can study a public case before their code runs it.
/// </summary>
internal static class CaseWalkthroughText
{
    public static int Run(string nameOrPath, string? rubricPath, int maxSteps, TextWriter console)
    {
        if (maxSteps < 1)
        {
            throw new UserInputException($"--steps {maxSteps.ToString(CultureInfo.InvariantCulture)} shows no step; pass at least 1, as in --steps 100");
        }

        var (rubric, entry) = CaseLookup.Find(nameOrPath, rubricPath);
        var @case = entry.Case;
        var reference = new ReferenceAnswers(rubric.Alignment);
        console.Write(Render(@case, entry, reference.For(@case), rubric.Alignment, maxSteps));

        // A case a student wrote may state an expectation the reference does not meet: say so at the end, where it is read last.
        foreach (var disagreement in reference.Disagreements(@case))
        {
            console.WriteLine($"note: {disagreement}; the reference is right by definition, so fix the expectation");
        }

        return ExitCodes.Success;
    }

    internal static string Render(CaseDefinition @case, RubricCase entry, CaseObservation answers, int alignment, int maxSteps)
    {
        var text = new StringBuilder();
        var points = string.Create(CultureInfo.InvariantCulture, $"{entry.Points.Total:0.##} points ({entry.Points.Correctness:0.##} correct + {entry.Points.LeakFree:0.##} leak-free)");
        var visibility = entry.Visibility == Visibility.Visible ? "visible" : $"{entry.Visibility.Name()}, shown because you passed its file";
        text.Append(CultureInfo.InvariantCulture, $"case {@case.Name} ({@case.Source})\n");
        text.Append(CultureInfo.InvariantCulture, $"  {@case.Description}\n");
        text.Append(CultureInfo.InvariantCulture, $"  {Count(@case.Steps.Count, "step")}, {points}, {visibility}\n\n");
        text.Append("What the reference allocator does at each step; your code must do the same. In the zone pictures\n");
        text.Append("each letter is a live block (listed under the bar), '.' is free, and '^' marks the bytes the step\n");
        text.Append("placed or freed.\n");

        foreach (var step in ReferenceWalkthrough.Walk(@case, answers, alignment, maxSteps))
        {
            var written = @case.Steps[step.Index];
            var line = written.Line > 0 ? string.Create(CultureInfo.InvariantCulture, $" (line {written.Line})") : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"\nstep {step.Index + 1}{line}: {StepSyntax.Format(@case, written)}\n");
            text.Append("  reference: ").Append(Answer(@case, written, step, alignment)).Append('\n');
            if (step.ZoneAfter is { } zone)
            {
                foreach (var row in zone.TrimEnd('\n').Split('\n'))
                {
                    text.Append("  ").Append(row).Append('\n');
                }
            }
        }

        text.Append('\n');
        var left = @case.Steps.Count - Math.Min(maxSteps, @case.Steps.Count);
        if (left > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{Count(left, "more step")} not shown: this is the first {maxSteps} of {@case.Steps.Count}. Pass --steps {@case.Steps.Count} to see them all.\n");
            return text.ToString();
        }

        var alive = answers.Teardown.Select(teardown => @case.ZoneNames[teardown.ZoneSlot]).ToList();
        text.Append(alive.Count == 0
            ? "After the last step the grader counts the bytes still taken from the heap: there must be none.\n"
            : $"After the last step the grader destroys the zones still alive ({string.Join(", ", alive)}) and counts the bytes still taken from the heap: there must be none.\n");
        return text.ToString();
    }

    private static string Answer(CaseDefinition @case, CaseStep step, ReferenceStep walked, int alignment)
    {
        var answer = walked.Answer;
        if (answer.Outcome == StepOutcome.Violation)
        {
            return $"raises ZoneContractException and changes nothing (the reference's message, yours may differ: {answer.Text})";
        }

        if (answer.Outcome == StepOutcome.Threw)
        {
            return $"throws {answer.Text}";
        }

        var zone = step.Zone == CaseStep.NoSlot ? "null" : @case.ZoneNames[step.Zone];
        return (step.Operation, answer.Outcome) switch
        {
            (Operation.CreateZone, StepOutcome.ReturnedNull) => $"returns null: the heap cannot give a region of {step.Size} bytes, so nothing is taken",
            (Operation.CreateZone, _) => $"returns a new zone of {step.Size} bytes, all free",
            (Operation.Zalloc, StepOutcome.ReturnedNull) => $"returns null and changes nothing: zone {zone} has no free run of {Footprint(step.Size, alignment)} bytes (the footprint of {step.Size})",
            (Operation.Zalloc, _) when walked.Touched is { } block =>
                $"returns the block at offset {block.Offset} (footprint {block.Length}: bytes {block.Offset} to {block.Offset + block.Length - 1})",
            (Operation.Zfree, _) when walked.Touched is { } block =>
                $"frees the block at offset {block.Offset}: its {block.Length} bytes become free and join the free bytes beside them",
            (Operation.Zfree, _) => "frees the block",
            (Operation.BlockSize or Operation.ZoneSize, _) => $"returns {answer.Value}",
            (Operation.Zdump, _) => "prints\n" + string.Join('\n', (answer.Text ?? string.Empty).TrimEnd('\n').Split('\n').Select(row => "    " + row)),
            (Operation.DestroyZone, _) => $"destroys zone {zone}: everything it took goes back to the heap",
            _ => "returns",
        };
    }

    // A zalloc that returns null touched nothing, so its footprint is worked out from the size here.
    private static UInt128 Footprint(ulong size, int alignment) => ((UInt128)size + (uint)alignment - 1) / (uint)alignment * (uint)alignment;

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
