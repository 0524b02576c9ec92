namespace Autograder.Cases;

/// <summary>What a case file accepts as a case name, a zone or block name, and a description.</summary>
public static class CaseNames
{
    /// <summary>Words with a meaning of their own in a case file; they cannot name a zone or a block.</summary>
    public static IReadOnlySet<string> Keywords { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "null", "ok", "violation", "offset",
        "create_zone", "zalloc", "zfree", "block_size", "zone_size", "destroy_zone", "zdump",
        "case", "description", "generate", "trace",
    };

    /// <summary>A case name: lower-case letters, digits and '-', starting with a letter or digit.</summary>
    public static bool IsCaseName(string name) =>
        name.Length > 0 && IsLowerOrDigit(name[0]) && name.All(c => IsLowerOrDigit(c) || c == '-');

    /// <summary>A zone or block name: <c>[A-Za-z_][A-Za-z0-9_]*</c> and not a keyword.</summary>
    public static bool IsName(string name) => IsIdentifier(name) && !Keywords.Contains(name);

    /// <summary>
    /// Why a description cannot be written in a case file, or null when it can: it must have text, fit on
    /// lines (no line breaks), hold no '#' (which would start a comment) and not start or end with a space.
    /// </summary>
    public static string? DescriptionProblem(string description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            return "the description is empty; say in a sentence what the case tests";
        }

        if (description.Contains('#'))
        {
            return "the description contains '#', which starts a comment in a case file; reword it without '#'";
        }

        if (description.Any(c => char.IsControl(c) && c != '\t'))
        {
            return "the description contains a line break or control character; write it as one paragraph";
        }

        if (description != description.Trim())
        {
            return "the description starts or ends with white space; trim it";
        }

        return null;
    }

    internal static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') &&
        name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private static bool IsLowerOrDigit(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c);
}
