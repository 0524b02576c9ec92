using System.Text;

namespace Autograder.Compilation;

/// <summary>
/// Compiled submissions on disk, one file per content hash and assembly name, so that grading the
/// same sources again skips the compiler. An entry is written to a temporary file and renamed into
/// place, so a run that stops half way never leaves a half-written entry; an entry that cannot be
/// read back whole is treated as missing and written again.
/// </summary>
internal sealed class CompilationCache(string directory)
{
    private const string Format = "zones-compiled-submission 1";
    private const int MaxBlobBytes = 256 * 1024 * 1024;

    public string Directory { get; } = directory;

    public string EntryPath(string contentHash, string assemblyName) =>
        Path.Combine(Directory, $"{contentHash}.{assemblyName}.entry");

    public CompiledSubmission? TryRead(string contentHash, string assemblyName)
    {
        var path = EntryPath(contentHash, assemblyName);
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (reader.ReadString() != Format
                || reader.ReadString() != CompilerVersion.Value
                || reader.ReadString() != contentHash
                || reader.ReadString() != assemblyName)
            {
                return null;
            }

            var assembly = ReadBlob(reader);
            var symbols = ReadBlob(reader);
            var warnings = new List<CompileDiagnostic>();
            for (var count = reader.ReadInt32(); count > 0; count--)
            {
                warnings.Add(new CompileDiagnostic(
                    reader.ReadString(),
                    reader.ReadInt32(),
                    reader.ReadInt32(),
                    CompileSeverity.Warning,
                    reader.ReadString(),
                    reader.ReadString()));
            }

            return stream.Position == stream.Length
                ? new CompiledSubmission(assemblyName, contentHash, assembly, symbols, warnings, fromCache: true)
                : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException or FormatException)
        {
            return null;
        }
    }

    public void Write(CompiledSubmission submission)
    {
        var path = EntryPath(submission.ContentHash, submission.AssemblyName);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            using (var writer = new BinaryWriter(stream, Encoding.UTF8))
            {
                writer.Write(Format);
                writer.Write(CompilerVersion.Value);
                writer.Write(submission.ContentHash);
                writer.Write(submission.AssemblyName);
                WriteBlob(writer, submission.AssemblyBytes.Span);
                WriteBlob(writer, submission.PdbBytes.Span);
                writer.Write(submission.Warnings.Count);
                foreach (var warning in submission.Warnings)
                {
                    writer.Write(warning.Path);
                    writer.Write(warning.Line);
                    writer.Write(warning.Column);
                    writer.Write(warning.Id);
                    writer.Write(warning.Message);
                }

                writer.Flush();
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The cache only saves time: a full disk or a read-only cache folder must not fail a grade.
            TryDelete(temporary);
        }
    }

    private static byte[] ReadBlob(BinaryReader reader)
    {
        var length = reader.ReadInt32();
        if (length is < 0 or > MaxBlobBytes)
        {
            throw new InvalidDataException($"a cache entry claims a block of {length} bytes");
        }

        var bytes = reader.ReadBytes(length);
        return bytes.Length == length ? bytes : throw new InvalidDataException("a cache entry ends early");
    }

    private static void WriteBlob(BinaryWriter writer, ReadOnlySpan<byte> bytes)
    {
        writer.Write(bytes.Length);
        writer.Write(bytes);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Left behind, a .tmp file is never read as an entry.
        }
    }
}
