using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Autograder.Compilation;

/// <summary>
/// SHA-256 over what decides a compiled assembly: the compiler settings, and each source file's
/// relative path and bytes in path order. Every part is length-prefixed, so no two different
/// submissions hash the same input.
/// </summary>
internal static class ContentHash
{
    public static string Of(IReadOnlyList<SourceFile> files, string settingsVersion)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AppendPart(hash, Encoding.UTF8.GetBytes(settingsVersion));
        foreach (var file in files.OrderBy(file => file.RelativePath, StringComparer.Ordinal))
        {
            AppendPart(hash, Encoding.UTF8.GetBytes(file.RelativePath));
            AppendPart(hash, file.Bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static void AppendPart(IncrementalHash hash, ReadOnlySpan<byte> part)
    {
        Span<byte> length = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64LittleEndian(length, part.Length);
        hash.AppendData(length);
        hash.AppendData(part);
    }
}
