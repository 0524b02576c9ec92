using System.Text;
using HandlebarsDotNet;

namespace Autograder.Reports.Templates;

/// <summary>
/// Escapes text for HTML and XML, in attributes and elements alike: &amp; &lt; &gt; and both quotes become entities.
/// Characters XML 1.0 cannot hold at all (most control characters, lone surrogates), which a student's exception
/// message may contain, become U+FFFD so that the file still parses.
/// </summary>
internal sealed class MarkupTextEncoder : ITextEncoder
{
    public void Encode(StringBuilder? text, TextWriter target) => Encode(text?.ToString(), target);

    public void Encode(string? text, TextWriter target)
    {
        if (text is null)
        {
            return;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                target.Write(c);
                target.Write(text[++i]);
                continue;
            }

            Write(c, target);
        }
    }

    public void Encode<T>(T? text, TextWriter target)
        where T : IEnumerator<char>
    {
        var buffer = new StringBuilder();
        while (text is not null && text.MoveNext())
        {
            buffer.Append(text.Current);
        }

        Encode(buffer.ToString(), target);
    }

    private static void Write(char c, TextWriter target)
    {
        switch (c)
        {
            case '&': target.Write("&amp;"); break;
            case '<': target.Write("&lt;"); break;
            case '>': target.Write("&gt;"); break;
            case '"': target.Write("&quot;"); break;
            case '\'': target.Write("&apos;"); break;
            case '\n' or '\r' or '\t': target.Write(c); break;
            case < ' ' or '\uFFFE' or '\uFFFF': target.Write('\uFFFD'); break;
            case var _ when char.IsSurrogate(c): target.Write('\uFFFD'); break;
            default: target.Write(c); break;
        }
    }
}
