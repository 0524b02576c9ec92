using Microsoft.CodeAnalysis.Text;

namespace Autograder.Compilation;

/// <summary>One .cs file of a submission: where it sits, its raw bytes (for the content hash) and its text.</summary>
/// <param name="RelativePath">Relative to the submission folder, with <c>/</c> separators.</param>
/// <param name="Bytes">The file as it is on disk.</param>
/// <param name="Text">The decoded text the compiler reads and the PDB embeds.</param>
internal sealed record SourceFile(string RelativePath, byte[] Bytes, SourceText Text);
