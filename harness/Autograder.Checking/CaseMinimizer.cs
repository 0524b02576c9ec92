using Autograder.Cases;

namespace Autograder.Checking;

/// <summary>
/// Delta debugging (Zeller's ddmin) over a failing case's steps: the shortest sequence found that still
/// fails the same way. Every candidate is kept valid: a step that uses a zone or block whose binding
/// step was removed is removed with it. The result carries the reference's answers as expectations, so
/// a student reading it sees what each step must do.
/// </summary>
public static class CaseMinimizer
{
    /// <summary>Minimizes <paramref name="failing"/>.</summary>
    /// <param name="failing">A case the submission fails.</param>
    /// <param name="stillFails">Whether the submission fails a candidate case the same way.</param>
    /// <param name="maxTests">How many candidates to try at most.</param>
    /// <returns>The shortest failing case found (the original when nothing could be removed).</returns>
    public static CaseDefinition Minimize(CaseDefinition failing, Func<CaseDefinition, bool> stillFails, int maxTests = 2_000)
    {
        ArgumentNullException.ThrowIfNull(failing);
        ArgumentNullException.ThrowIfNull(stillFails);
        var kept = Enumerable.Range(0, failing.Steps.Count).ToList();
        var tests = 0;
        var granularity = 2;
        while (kept.Count >= 2 && tests < maxTests)
        {
            var chunks = Split(kept, granularity);
            var reduced = false;
            foreach (var chunk in chunks)
            {
                var candidate = Repair(failing, kept.Except(chunk).ToList());
                if (candidate.Count == 0 || candidate.Count == kept.Count)
                {
                    continue;
                }

                tests++;
                if (stillFails(WithSteps(failing, candidate)))
                {
                    kept = candidate;
                    granularity = Math.Max(granularity - 1, 2);
                    reduced = true;
                    break;
                }

                if (tests >= maxTests)
                {
                    break;
                }
            }

            if (!reduced)
            {
                if (granularity >= kept.Count)
                {
                    break;
                }

                granularity = Math.Min(granularity * 2, kept.Count);
            }
        }

        return WithSteps(failing, kept);
    }

    /// <summary>The case with only the steps at <paramref name="indexes"/>, and no expectations.</summary>
    public static CaseDefinition WithSteps(CaseDefinition @case, IReadOnlyList<int> indexes)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(indexes);
        return @case with
        {
            Name = @case.Name.EndsWith("-minimized", StringComparison.Ordinal) ? @case.Name : @case.Name + "-minimized",
            Steps = indexes.Select(i => @case.Steps[i] with { Expect = ExpectationKind.None, ExpectedValue = 0 }).ToList(),
        };
    }

    // Drops every step that uses a name no kept step before it binds.
    private static List<int> Repair(CaseDefinition @case, List<int> indexes)
    {
        var zones = new bool[@case.ZoneNames.Count];
        var blocks = new bool[@case.BlockNames.Count];
        var valid = new List<int>(indexes.Count);
        foreach (var index in indexes)
        {
            var step = @case.Steps[index];
            var usesZone = step.Operation != Operation.CreateZone && step.Zone != CaseStep.NoSlot;
            var usesBlock = step.Operation is Operation.Zfree or Operation.BlockSize && step.Block != CaseStep.NoSlot;
            if ((usesZone && !zones[step.Zone]) || (usesBlock && !blocks[step.Block]))
            {
                continue;
            }

            if (step.Operation == Operation.CreateZone)
            {
                zones[step.Zone] = true;
            }
            else if (step.Operation == Operation.Zalloc && step.Block != CaseStep.NoSlot)
            {
                blocks[step.Block] = true;
            }

            valid.Add(index);
        }

        return valid;
    }

    private static List<List<int>> Split(List<int> items, int parts)
    {
        var chunks = new List<List<int>>(parts);
        var start = 0;
        for (var i = 0; i < parts; i++)
        {
            var end = (int)((long)items.Count * (i + 1) / parts);
            if (end > start)
            {
                chunks.Add(items.GetRange(start, end - start));
            }

            start = end;
        }

        return chunks;
    }
}
