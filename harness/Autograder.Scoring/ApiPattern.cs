namespace Autograder.Scoring;

/// <summary>
/// An API as grading.json names it, in the IL scanner's pattern form: a namespace (<c>System.Net</c>), a type
/// (<c>System.IO.File</c>) or a member (<c>System.Environment.Exit</c>; a constructor as
/// <c>System.Threading.Thread..ctor</c>), where <c>*</c> matches any run of characters (<c>System.Reflection.*</c>,
/// <c>System.Runtime.InteropServices.Marshal.Alloc*</c>). The scanner does the matching; the rubric only checks
/// the form, so that a typo is reported where it was written.
/// </summary>
public sealed record ApiPattern
{
    private ApiPattern(string text, string? reason)
    {
        Text = text;
        Reason = reason;
    }

    /// <summary>The pattern as written.</summary>
    public string Text { get; }

    /// <summary>What a banned pattern forbids, completing "submissions may not ..." (as in "read or write files"); null when not given.</summary>
    public string? Reason { get; }

    /// <summary>Reads a pattern; null, with <paramref name="problem"/> saying what is wrong, when it is not one.</summary>
    public static ApiPattern? TryParse(string text, string? reason, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        problem = Problem(text);
        return problem is null ? new ApiPattern(text, reason) : null;
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    private static string? Problem(string text)
    {
        var name = text.Replace("..cctor", ".cctor", StringComparison.Ordinal).Replace("..ctor", ".ctor", StringComparison.Ordinal);
        var parts = name.Split('.');
        var wellFormed = parts.Length >= 2 && parts.All(part => part.Length > 0 && part.All(IsPatternCharacter)) && !char.IsAsciiDigit(parts[0][0]);
        return wellFormed
            ? null
            : "write a full name such as 'System.IO.File.ReadAllText', a constructor as 'System.Threading.Thread..ctor', and '*' for any run of characters, as in 'System.Reflection.*'";
    }

    private static bool IsPatternCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '`' or '*';
}
