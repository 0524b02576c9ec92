using System.Globalization;
using System.Text;
using Autograder.Cases;

namespace Autograder.Checking;

/// <summary>
/// A verdict written out for a student: which step, what the reference did, what their code did, the
/// zone as it stood, and where leaked blocks came from.
/// </summary>
public static class FailureText
{
    /// <summary>The whole explanation of a verdict; an empty string for a case passed without leaks.</summary>
    /// <param name="case">The case the verdict is about.</param>
    /// <param name="verdict">The verdict.</param>
    /// <param name="minimized">The shortest case that still fails, and where it was written, if known.</param>
    public static string Render(CaseDefinition @case, CaseVerdict verdict, (CaseDefinition Case, string Path)? minimized = null)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(verdict);
        var text = new StringBuilder();
        if (verdict.Divergence is { } divergence)
        {
            WriteDivergence(text, @case, divergence);
        }

        if (!verdict.RanToEnd)
        {
            text.Append("leaks: not measured, because the case did not run to its end\n");
        }
        else if (verdict.Leaks.Count > 0)
        {
            WriteLeaks(text, verdict);
        }

        if (minimized is { } shortest)
        {
            text.Append(CultureInfo.InvariantCulture, $"shortest case that still fails ({shortest.Case.Steps.Count} of {@case.Steps.Count} steps): {shortest.Path}\n");
            foreach (var step in shortest.Case.Steps)
            {
                text.Append("    ").Append(StepSyntax.Format(shortest.Case, step)).Append('\n');
            }
        }

        return text.ToString();
    }

    private static void WriteDivergence(StringBuilder text, CaseDefinition @case, Divergence divergence)
    {
        if (divergence.StepIndex < @case.Steps.Count)
        {
            var step = @case.Steps[divergence.StepIndex];
            text.Append(CultureInfo.InvariantCulture, $"at {@case.Locate(divergence.StepIndex)}: {StepSyntax.Format(@case, step)}\n");
        }
        else
        {
            text.Append("at the end of the case, when the grader destroys the zones the case left alive\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"problem:  {Headline(divergence.Kind)}\n");
        text.Append("expected: ").Append(IndentContinuation(divergence.Expected)).Append('\n');
        text.Append("actual:   ").Append(IndentContinuation(divergence.Actual)).Append('\n');
        if (divergence.ZoneMap is { } map)
        {
            text.Append(map);
        }
    }

    private static void WriteLeaks(StringBuilder text, CaseVerdict verdict)
    {
        text.Append(CultureInfo.InvariantCulture, $"leaks: {verdict.LeakedBytes} bytes in {verdict.Leaks.Count} heap blocks are still taken after every zone was destroyed\n");
        var bySite = verdict.Leaks
            .GroupBy(leak => leak.Site ?? "(allocation site not recorded)")
            .OrderByDescending(group => group.Aggregate(0UL, (sum, leak) => sum + leak.Size))
            .ThenBy(group => group.Key, StringComparer.Ordinal);
        foreach (var site in bySite)
        {
            var bytes = site.Aggregate(0UL, (sum, leak) => sum + leak.Size);
            text.Append(CultureInfo.InvariantCulture, $"    {bytes} bytes in {site.Count()} blocks allocated at {site.Key}\n");
        }
    }

    /// <summary>What went wrong, in a few words.</summary>
    public static string Headline(DivergenceKind kind) => kind switch
    {
        DivergenceKind.Stopped => "the run crashed or stopped",
        DivergenceKind.TimedOut => "the time limit ran out",
        DivergenceKind.MissingViolation => "a broken precondition was not detected",
        DivergenceKind.UnexpectedViolation => "a contract violation was raised where the call is valid",
        DivergenceKind.UnexpectedException => "an unexpected exception",
        DivergenceKind.NullMismatch => "returned 0 (null) where it should not, or the other way round",
        DivergenceKind.RegionNotTaken => "the zone's region was not taken from the heap",
        DivergenceKind.OutsideRegion => "the block is not inside the zone's region",
        DivergenceKind.Misaligned => "the block is not aligned",
        DivergenceKind.Overlap => "the block overlaps a live block",
        DivergenceKind.WrongOffset => "the block is not where first fit puts it",
        DivergenceKind.WrongValue => "the wrong number was returned",
        DivergenceKind.DumpMismatch => "zdump's output differs",
        DivergenceKind.PayloadDamaged => "a live block's bytes were overwritten",
        DivergenceKind.HeapMisuse => "the heap was misused",
        _ => kind.ToString(),
    };

    private static string IndentContinuation(string text) =>
        text.TrimEnd('\n').Replace("\n", "\n          ", StringComparison.Ordinal);
}
