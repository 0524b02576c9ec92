namespace Autograder.Scoring;

/// <summary>The submission declares no native function of its own (DllImport or LibraryImport).</summary>
public sealed record PInvokeRule : RubricRule
{
    /// <inheritdoc />
    public override string Id => RuleIds.PInvoke;

    /// <inheritdoc />
    public override string Description => "a native function is declared (P/Invoke)";
}
