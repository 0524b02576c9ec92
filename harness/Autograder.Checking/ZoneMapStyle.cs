namespace Autograder.Checking;

/// <summary>
/// How <see cref="ZoneMap"/> draws a zone: as it stood before a failing step, or after each step of a
/// walkthrough, where the scale and the letters must stay the same from one step to the next.
/// </summary>
/// <param name="Moment">When the zone stood like this, for the heading: "before this step".</param>
/// <param name="Reach">Draw at least the bytes up to this offset, so that a zone keeps its scale from step to step.</param>
/// <param name="LetterPerName">
/// A block's letter follows its name rather than its place in the zone, so that it keeps its letter; past 52 names
/// the letters repeat (the list under the bar tells such blocks apart).
/// </param>
internal sealed record ZoneMapStyle(string Moment, long Reach, bool LetterPerName)
{
    /// <summary>A failure's zone, before the failing step.</summary>
    public static ZoneMapStyle Failure { get; } = new("before this step", 0, false);
}
