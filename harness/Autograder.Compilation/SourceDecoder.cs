using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Autograder.Compilation;

/// <summary>
/// Turns a source file's bytes into text as the C# compiler in an IDE would: UTF-8 with or without a
/// byte order mark, or UTF-16 with one. Anything else is refused with the place of the first bad byte,
/// rather than guessed at and shown to the student as mojibake errors.
/// </summary>
internal static class SourceDecoder
{
    private static readonly byte[] Utf8Mark = [0xEF, 0xBB, 0xBF];

    public static DecodedSource Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith(Utf8Mark))
        {
            return DecodeUtf8(bytes, Utf8Mark.Length, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return DecodeUtf16(bytes, bigEndian: false);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return DecodeUtf16(bytes, bigEndian: true);
        }

        return DecodeUtf8(bytes, 0, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    private static DecodedSource DecodeUtf8(byte[] bytes, int start, Encoding encoding)
    {
        var body = bytes.AsSpan(start);
        var chars = new char[body.Length];
        var status = Utf8.ToUtf16(body, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
        {
            return DecodedSource.Text(new string(chars, 0, written), encoding);
        }

        // Lines and columns count from the start of the text, as an editor shows them.
        var before = body[..read];
        var line = before.Count((byte)'\n') + 1;
        var column = read - before.LastIndexOf((byte)'\n');
        var badByte = read < body.Length ? body[read] : body[^1];
        return DecodedSource.Invalid(line, column, badByte);
    }

    private static DecodedSource DecodeUtf16(byte[] bytes, bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true, throwOnInvalidBytes: true);
        try
        {
            return DecodedSource.Text(encoding.GetString(bytes, 2, bytes.Length - 2), encoding);
        }
        catch (DecoderFallbackException exception)
        {
            var badByte = exception.BytesUnknown is { Length: > 0 } unknown ? unknown[0] : (byte)0;
            return DecodedSource.Invalid(0, 0, badByte);
        }
    }
}
