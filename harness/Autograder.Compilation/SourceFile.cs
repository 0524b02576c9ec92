using System.Text;

namespace Autograder.Compilation;

/// <summary>One .cs file of a submission: where it sits, its raw bytes (for the content hash) and its text.</summary>
/// <param name="RelativePath">Relative to the submission folder, with <c>/</c> separators.</param>
/// <param name="Bytes">The file as it is on disk.</param>
/// <param name="Content">The decoded text the compiler reads and the PDB embeds.</param>
/// <param name="Encoding">The encoding <paramref name="Content"/> was decoded with, byte order mark included.</param>
/// <remarks>Plain text, not Roslyn's <c>SourceText</c>: reading a submission whose compiled assembly is cached never loads the compiler.</remarks>
internal sealed record SourceFile(string RelativePath, byte[] Bytes, string Content, Encoding Encoding);
