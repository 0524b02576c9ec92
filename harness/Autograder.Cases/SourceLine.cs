namespace Autograder.Cases;

/// <summary>
/// One line of a case file or trace, split into words: '#' starts a comment anywhere, words are separated
/// by spaces and tabs, and columns count characters from 1 (a tab is one column).
/// </summary>
internal sealed record SourceLine(int Number, string Text, IReadOnlyList<Token> Tokens)
{
    /// <summary>The column just past the last word, where "found the end of the line" points.</summary>
    public int EndColumn => Text.TrimEnd().Length + 1;

    public bool IsBlank => Tokens.Count == 0;

    /// <summary>The text from the given word to the end of the line, comment removed and trimmed.</summary>
    public string RestFrom(int tokenIndex) => Text[(Tokens[tokenIndex].Column - 1)..].Trim();

    /// <summary>Splits a whole file into lines; '\n' and '\r\n' both end a line, and a leading BOM is dropped.</summary>
    public static IReadOnlyList<SourceLine> ReadAll(string text)
    {
        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        var raw = text.Split('\n');
        var lines = new List<SourceLine>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            lines.Add(Read(i + 1, raw[i].TrimEnd('\r')));
        }

        return lines;
    }

    public static SourceLine Read(int number, string raw)
    {
        var comment = raw.IndexOf('#');
        var text = comment >= 0 ? raw[..comment] : raw;
        var tokens = new List<Token>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var separator = i == text.Length || text[i] is ' ' or '\t';
            if (separator && start >= 0)
            {
                tokens.Add(new Token(text[start..i], start + 1));
                start = -1;
            }
            else if (!separator && start < 0)
            {
                start = i;
            }
        }

        return new SourceLine(number, text, tokens);
    }
}
