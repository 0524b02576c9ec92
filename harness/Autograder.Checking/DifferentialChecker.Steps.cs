using System.Globalization;
using Autograder.Cases;
using Autograder.Execution;

namespace Autograder.Checking;

public sealed partial class DifferentialChecker
{
    // Checking a step that agrees allocates nothing: the texts and the zone's picture are made only for the
    // step that diverges.
    private Divergence? CompareStep(CaseDefinition @case, int index, in StepObservation expected, in StepObservation actual, CaseObservation run, ZoneTracker zones)
    {
        var step = @case.Steps[index];
        var scene = new StepUnderCheck(@case, index, step, zones);
        if (actual.Damage is { } damage)
        {
            return scene.Diverge(DivergenceKind.PayloadDamaged, DamageExpected(@case, damage), DamageActual(damage), (damage.BlockOffset, damage.ByteIndex + 1));
        }

        if (actual.Outcome == StepOutcome.Threw)
        {
            return scene.Diverge(DivergenceKind.UnexpectedException, Describe(step, expected, TheReference), $"your code throws {actual.Text}");
        }

        if (expected.Outcome == StepOutcome.Violation && actual.Outcome != StepOutcome.Violation)
        {
            return scene.Diverge(DivergenceKind.MissingViolation, Describe(step, expected, TheReference), Describe(step, actual, YourCode));
        }

        if (actual.Outcome == StepOutcome.Violation && expected.Outcome != StepOutcome.Violation)
        {
            return scene.Diverge(DivergenceKind.UnexpectedViolation, Describe(step, expected, TheReference), $"your code raises ZoneContractException: {actual.Text}");
        }

        if (actual.HeapErrors > 0)
        {
            var errors = run.HeapErrors.Where(error => error.StepIndex == index).ToList();
            return scene.Diverge(DivergenceKind.HeapMisuse, "each heap block is freed once, at the address Malloc returned", HeapErrorText(errors));
        }

        if (expected.Outcome == StepOutcome.Violation)
        {
            return null;
        }

        return step.Operation switch
        {
            Operation.CreateZone => CompareCreateZone(scene, expected, actual),
            Operation.Zalloc => CompareZalloc(scene, expected, actual),
            Operation.BlockSize or Operation.ZoneSize when actual.Value != expected.Value =>
                scene.Diverge(DivergenceKind.WrongValue, Describe(step, expected, TheReference), $"your code returns {actual.Value}"),
            Operation.Zdump => CompareDump(scene, expected.Text ?? string.Empty, actual.Text ?? string.Empty),
            _ => null,
        };
    }

    private static Divergence? CompareCreateZone(in StepUnderCheck scene, in StepObservation expected, in StepObservation actual)
    {
        var step = scene.Step;
        if (expected.Outcome != actual.Outcome)
        {
            return scene.Diverge(DivergenceKind.NullMismatch, Describe(step, expected, TheReference), Describe(step, actual, YourCode));
        }

        return actual.Outcome == StepOutcome.Returned && actual.Region == RegionFinding.Missing
            ? scene.Diverge(
                DivergenceKind.RegionNotTaken,
                $"create_zone takes a region of {step.Size} bytes from the heap",
                $"your create_zone took no heap block of {step.Size} bytes or more (its Malloc calls asked for less)")
            : null;
    }

    private Divergence? CompareZalloc(in StepUnderCheck scene, in StepObservation expected, in StepObservation actual)
    {
        var step = scene.Step;
        if (expected.Outcome != actual.Outcome)
        {
            var placed = actual.Outcome == StepOutcome.Returned && actual.InsideRegion ? (actual.Value, Footprint((long)step.Size)) : ((long, long)?)null;
            return scene.Diverge(DivergenceKind.NullMismatch, Describe(step, expected, TheReference), Describe(step, actual, YourCode), placed ?? (expected.Value, Footprint((long)step.Size)));
        }

        if (actual.Outcome != StepOutcome.Returned)
        {
            return null;
        }

        if (!actual.InsideRegion)
        {
            return scene.Diverge(
                DivergenceKind.OutsideRegion,
                Describe(step, expected, TheReference),
                $"your block's {step.Size} bytes do not lie inside the zone's region (offset {actual.Value} of a {scene.Zones[step.Zone]?.Size}-byte zone)");
        }

        // Where the reference put it, inside the region: aligned and over no live block, since the tracked
        // blocks are the reference's own. Only a misplaced block needs the checks below.
        if (actual.Value == expected.Value)
        {
            return null;
        }

        var footprint = Footprint((long)step.Size);
        var mark = (actual.Value, footprint);

        if (actual.Value % _options.Alignment != 0)
        {
            return scene.Diverge(
                DivergenceKind.Misaligned,
                Describe(step, expected, TheReference),
                $"your code puts the block at offset {actual.Value}, which is not a multiple of {_options.Alignment}",
                mark);
        }

        if (scene.Zones[step.Zone]?.FindOverlap(actual.Value, footprint) is { } overlap)
        {
            return scene.Diverge(
                DivergenceKind.Overlap,
                Describe(step, expected, TheReference),
                $"your code puts the block at offset {actual.Value}, over the live block at offset {overlap.Offset} ({overlap.Block.Size} bytes)",
                mark);
        }

        return scene.Diverge(DivergenceKind.WrongOffset, Describe(step, expected, TheReference), $"your code puts the block at offset {actual.Value}", mark);
    }

    private Divergence? CompareDump(in StepUnderCheck scene, string expected, string actual)
    {
        if (_options.DumpMode == DumpCheckMode.Ignore || string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return null;
        }

        var wanted = DumpLines(expected);
        var got = DumpLines(actual);
        var differs = wanted.Length != got.Length || !wanted.SequenceEqual(got, StringComparer.Ordinal);
        if (!differs)
        {
            return null;
        }

        var line = Enumerable.Range(0, Math.Max(wanted.Length, got.Length))
            .First(i => i >= wanted.Length || i >= got.Length || wanted[i] != got[i]);
        var scope = _options.DumpMode == DumpCheckMode.BlocksOnly ? "block line" : "line";
        var what = line >= got.Length ? "is missing" : line >= wanted.Length ? "should not be there" : $"is '{got[line]}', not '{wanted[line]}'";
        var formatHint = Zones.Reference.ZoneLayout.TryParse(actual, out _, out var error) ? string.Empty : $"\nyour dump does not follow the zdump format: {error}";
        return scene.Diverge(
            DivergenceKind.DumpMismatch,
            "zdump writes:\n" + Indent(expected),
            $"your zdump wrote:\n{Indent(actual)}{scope} {line + 1} {what}{formatHint}");
    }

    private string[] DumpLines(string dump)
    {
        var lines = dump.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        return _options.DumpMode == DumpCheckMode.BlocksOnly
            ? lines.Where(line => line.StartsWith("block ", StringComparison.Ordinal)).ToArray()
            : lines;
    }

    private const string TheReference = "the reference";
    private const string YourCode = "your code";

    private static string Describe(CaseStep step, StepObservation observation, string who) => (step.Operation, observation.Outcome) switch
    {
        (_, StepOutcome.Violation) => $"{who} raises ZoneContractException: {observation.Text}",
        (_, StepOutcome.Threw) => $"{who} throws {observation.Text}",
        (Operation.CreateZone, StepOutcome.Returned) => $"{who} returns a zone handle",
        (Operation.CreateZone, _) => $"{who} returns 0 (null){(who == TheReference ? ": the heap refuses the region" : string.Empty)}",
        (Operation.Zalloc, StepOutcome.Returned) => $"{who} puts the block at offset {observation.Value}",
        (Operation.Zalloc, _) => $"{who} returns 0 (null){(who == TheReference ? ": no free run is long enough" : string.Empty)}",
        (Operation.BlockSize or Operation.ZoneSize, _) => $"{who} returns {observation.Value}",
        (Operation.Zfree, _) => $"{who} frees the block without complaint",
        (Operation.DestroyZone, _) => $"{who} destroys the zone without complaint",
        (Operation.Zdump, _) => $"{who} writes the dump without complaint",
        _ => $"{who} returns normally",
    };

    private static string DamageExpected(CaseDefinition @case, PayloadDamage damage)
    {
        var name = damage.BlockSlot == CaseStep.NoSlot ? "a block" : $"block {@case.BlockNames[damage.BlockSlot]}";
        return $"the bytes of {name} (offset {damage.BlockOffset}) stay as the grader wrote them until it is freed";
    }

    private static string DamageActual(PayloadDamage damage) => string.Create(
        CultureInfo.InvariantCulture,
        $"its byte {damage.ByteIndex} changed from 0x{damage.Expected:x2} to 0x{damage.Found:x2} while it was live: your code wrote into a live block (metadata inside the region, or two blocks placed over each other)");

    private static string HeapErrorText(IEnumerable<ObservedHeapError> errors) =>
        "your code misused the heap: " + string.Join("; ", errors.Select(error => error.Detail));

    private static string Indent(string text) =>
        string.Concat(text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n').Select(line => "    " + line + "\n"));

}
