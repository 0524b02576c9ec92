using System.Globalization;
using Autograder.Cases;
using Autograder.Execution;

namespace Autograder.Checking;

public sealed partial class DifferentialChecker
{
    private Divergence? CompareStep(CaseDefinition @case, int index, StepObservation expected, StepObservation actual, CaseObservation run, ZoneTracker zones)
    {
        var step = @case.Steps[index];
        string? Map((long, long)? marked = null) => MapOf(@case, zones, step, marked);
        Divergence Diverge(DivergenceKind kind, string expectedText, string actualText, (long, long)? marked = null) =>
            new(index, kind, expectedText, actualText, Map(marked)) { Zone = SnapshotOf(@case, zones, step, marked) };

        if (actual.Damage is { } damage)
        {
            return Diverge(DivergenceKind.PayloadDamaged, DamageExpected(@case, damage), DamageActual(damage), (damage.BlockOffset, damage.ByteIndex + 1));
        }

        if (actual.Outcome == StepOutcome.Threw)
        {
            return Diverge(DivergenceKind.UnexpectedException, Describe(step, expected, TheReference), $"your code throws {actual.Text}");
        }

        if (expected.Outcome == StepOutcome.Violation && actual.Outcome != StepOutcome.Violation)
        {
            return Diverge(DivergenceKind.MissingViolation, Describe(step, expected, TheReference), Describe(step, actual, YourCode));
        }

        if (actual.Outcome == StepOutcome.Violation && expected.Outcome != StepOutcome.Violation)
        {
            return Diverge(DivergenceKind.UnexpectedViolation, Describe(step, expected, TheReference), $"your code raises ZoneContractException: {actual.Text}");
        }

        if (actual.HeapErrors > 0)
        {
            var errors = run.HeapErrors.Where(error => error.StepIndex == index).ToList();
            return Diverge(DivergenceKind.HeapMisuse, "each heap block is freed once, at the address Malloc returned", HeapErrorText(errors));
        }

        if (expected.Outcome == StepOutcome.Violation)
        {
            return null;
        }

        return step.Operation switch
        {
            Operation.CreateZone => CompareCreateZone(step, expected, actual, Diverge),
            Operation.Zalloc => CompareZalloc(step, expected, actual, zones, Diverge),
            Operation.BlockSize or Operation.ZoneSize when actual.Value != expected.Value =>
                Diverge(DivergenceKind.WrongValue, Describe(step, expected, TheReference), $"your code returns {actual.Value}"),
            Operation.Zdump => CompareDump(expected.Text ?? string.Empty, actual.Text ?? string.Empty, Diverge),
            _ => null,
        };
    }

    private static Divergence? CompareCreateZone(CaseStep step, StepObservation expected, StepObservation actual, DivergeFunc diverge)
    {
        if (expected.Outcome != actual.Outcome)
        {
            return diverge(DivergenceKind.NullMismatch, Describe(step, expected, TheReference), Describe(step, actual, YourCode), null);
        }

        return actual.Outcome == StepOutcome.Returned && actual.Region == RegionFinding.Missing
            ? diverge(
                DivergenceKind.RegionNotTaken,
                $"create_zone takes a region of {step.Size} bytes from the heap",
                $"your create_zone took no heap block of {step.Size} bytes or more (its Malloc calls asked for less)",
                null)
            : null;
    }

    private Divergence? CompareZalloc(CaseStep step, StepObservation expected, StepObservation actual, ZoneTracker zones, DivergeFunc diverge)
    {
        if (expected.Outcome != actual.Outcome)
        {
            var placed = actual.Outcome == StepOutcome.Returned && actual.InsideRegion ? (actual.Value, Footprint((long)step.Size)) : ((long, long)?)null;
            return diverge(DivergenceKind.NullMismatch, Describe(step, expected, TheReference), Describe(step, actual, YourCode), placed ?? (expected.Value, Footprint((long)step.Size)));
        }

        if (actual.Outcome != StepOutcome.Returned)
        {
            return null;
        }

        var footprint = Footprint((long)step.Size);
        var mark = (actual.Value, footprint);
        if (!actual.InsideRegion)
        {
            return diverge(
                DivergenceKind.OutsideRegion,
                Describe(step, expected, TheReference),
                $"your block's {step.Size} bytes do not lie inside the zone's region (offset {actual.Value} of a {zones[step.Zone]?.Size}-byte zone)",
                null);
        }

        if (actual.Value % _options.Alignment != 0)
        {
            return diverge(
                DivergenceKind.Misaligned,
                Describe(step, expected, TheReference),
                $"your code puts the block at offset {actual.Value}, which is not a multiple of {_options.Alignment}",
                mark);
        }

        if (zones[step.Zone]?.FindOverlap(actual.Value, footprint) is { } overlap)
        {
            return diverge(
                DivergenceKind.Overlap,
                Describe(step, expected, TheReference),
                $"your code puts the block at offset {actual.Value}, over the live block at offset {overlap.Offset} ({overlap.Block.Size} bytes)",
                mark);
        }

        return actual.Value == expected.Value
            ? null
            : diverge(DivergenceKind.WrongOffset, Describe(step, expected, TheReference), $"your code puts the block at offset {actual.Value}", mark);
    }

    private Divergence? CompareDump(string expected, string actual, DivergeFunc diverge)
    {
        if (_options.DumpMode == DumpCheckMode.Ignore)
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
        return diverge(
            DivergenceKind.DumpMismatch,
            "zdump writes:\n" + Indent(expected),
            $"your zdump wrote:\n{Indent(actual)}{scope} {line + 1} {what}{formatHint}",
            null);
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


    private delegate Divergence DivergeFunc(DivergenceKind kind, string expectedText, string actualText, (long, long)? marked);
}
