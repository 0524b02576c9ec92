using System.Text;

namespace Autograder.Compilation;

/// <summary>
/// A source file's text and the encoding it was in, or where its first invalid byte is
/// (<see cref="Line"/> 0 when the place is not known).
/// </summary>
internal sealed record DecodedSource(string? Content, Encoding? Encoding, int Line, int Column, byte BadByte)
{
    public static DecodedSource Text(string content, Encoding encoding) => new(content, encoding, 0, 0, 0);

    public static DecodedSource Invalid(int line, int column, byte badByte) => new(null, null, line, column, badByte);
}
