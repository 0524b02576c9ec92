using System.Globalization;

namespace Autograder.Cases;

/// <summary>A step as it is written in a case file: <c>c = zalloc z 24 -&gt; offset 16</c>.</summary>
public static class StepSyntax
{
    /// <summary>The step's case-file line, expectation included, without comment.</summary>
    public static string Format(CaseDefinition @case, CaseStep step)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(step);
        var zone = step.Zone == CaseStep.NoSlot ? "null" : @case.ZoneNames[step.Zone];
        var call = step.Operation switch
        {
            Operation.CreateZone => $"{zone} = create_zone {Number(step.Size)}",
            Operation.Zalloc when step.Block == CaseStep.NoSlot => $"zalloc {zone} {Number(step.Size)}",
            Operation.Zalloc => $"{@case.BlockNames[step.Block]} = zalloc {zone} {Number(step.Size)}",
            Operation.Zfree => $"zfree {zone} {BlockOperand(@case, step)}",
            Operation.BlockSize => $"block_size {zone} {BlockOperand(@case, step)}",
            Operation.ZoneSize => $"zone_size {zone}",
            Operation.DestroyZone => $"destroy_zone {zone}",
            Operation.Zdump => $"zdump {zone}",
            _ => throw new ArgumentOutOfRangeException(nameof(step), step.Operation, "unknown operation"),
        };
        return step.Expect switch
        {
            ExpectationKind.None => call,
            ExpectationKind.Null => call + " -> null",
            ExpectationKind.Ok => call + " -> ok",
            ExpectationKind.Violation => call + " -> violation",
            ExpectationKind.Offset => call + " -> offset " + Number(step.ExpectedValue),
            ExpectationKind.Value => call + " -> " + Number(step.ExpectedValue),
            _ => throw new ArgumentOutOfRangeException(nameof(step), step.Expect, "unknown expectation"),
        };
    }

    private static string BlockOperand(CaseDefinition @case, CaseStep step)
    {
        var name = step.Block == CaseStep.NoSlot ? "null" : @case.BlockNames[step.Block];
        return step.BlockDelta switch
        {
            0 => name,
            > 0 => $"{name}+{Number((ulong)step.BlockDelta)}",
            _ => $"{name}-{Number((ulong)(-step.BlockDelta))}",
        };
    }

    private static string Number(ulong value) => value.ToString(CultureInfo.InvariantCulture);
}
