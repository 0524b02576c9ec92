namespace Autograder.Compilation;

/// <summary>What reading a submission folder gave: its .cs files in path order, and what could not be read.</summary>
internal sealed record SubmissionSources(IReadOnlyList<SourceFile> Files, IReadOnlyList<CompileDiagnostic> Problems);
