namespace Autograder.Cases.Tests;

/// <summary>Compares cases member by member (the record's own equality compares its lists by reference).</summary>
internal static class CaseAssert
{
    public static void Same(CaseDefinition expected, CaseDefinition actual, bool ignoreLines = false, bool ignoreSource = false)
    {
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.Description, actual.Description);
        Assert.Equal(expected.HeapLimit, actual.HeapLimit);
        if (!ignoreSource)
        {
            Assert.Equal(expected.Source, actual.Source);
        }

        Assert.Equal(expected.ZoneNames, actual.ZoneNames);
        Assert.Equal(expected.BlockNames, actual.BlockNames);
        Assert.Equal(
            expected.Steps.Select(s => ignoreLines ? s with { Line = 0 } : s),
            actual.Steps.Select(s => ignoreLines ? s with { Line = 0 } : s));
    }
}
