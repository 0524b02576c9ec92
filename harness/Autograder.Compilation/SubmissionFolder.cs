using System.Security;

namespace Autograder.Compilation;

/// <summary>
/// Reads the .cs files of a submission folder, recursively, the way an SDK project globs them: build
/// output (<c>bin/</c>, <c>obj/</c>) and hidden files and folders are skipped, and so is the
/// <c>__MACOSX/</c> folder that macOS puts into zip files. Project files are never read.
/// </summary>
internal static class SubmissionFolder
{
    /// <summary>The largest source file accepted; an allocator is a few hundred lines.</summary>
    public const long MaxFileBytes = 4 * 1024 * 1024;

    private static readonly string[] SkippedFolders = ["bin", "obj", "__MACOSX"];

    public static SubmissionSources Read(string folder, CancellationToken cancellationToken)
    {
        var files = new List<SourceFile>();
        var problems = new List<CompileDiagnostic>();
        Walk(new DirectoryInfo(folder), string.Empty, files, problems, cancellationToken);
        files.Sort((left, right) => string.CompareOrdinal(left.RelativePath, right.RelativePath));
        return new SubmissionSources(files, problems);
    }

    private static void Walk(
        DirectoryInfo directory,
        string prefix,
        List<SourceFile> files,
        List<CompileDiagnostic> problems,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        FileSystemInfo[] entries;
        try
        {
            entries = directory.GetFileSystemInfos();
        }
        catch (Exception exception) when (IsAccessProblem(exception))
        {
            problems.Add(SubmissionProblems.Unreadable(prefix.Length > 0 ? prefix : directory.FullName, exception.Message));
            return;
        }

        foreach (var entry in entries.OrderBy(entry => entry.Name, StringComparer.Ordinal))
        {
            var relativePath = prefix + entry.Name;
            try
            {
                if (entry is DirectoryInfo subdirectory && !IsSkipped(subdirectory))
                {
                    if (entry.LinkTarget is not null)
                    {
                        problems.Add(SubmissionProblems.SymbolicLink(relativePath + "/"));
                        continue;
                    }

                    Walk(subdirectory, relativePath + "/", files, problems, cancellationToken);
                }
                else if (entry is FileInfo file && IsSource(file))
                {
                    ReadSource(file, relativePath, files, problems);
                }
            }
            catch (Exception exception) when (IsAccessProblem(exception))
            {
                problems.Add(SubmissionProblems.Unreadable(relativePath, exception.Message));
            }
        }
    }

    private static void ReadSource(FileInfo file, string relativePath, List<SourceFile> files, List<CompileDiagnostic> problems)
    {
        if (file.LinkTarget is not null)
        {
            problems.Add(SubmissionProblems.SymbolicLink(relativePath));
            return;
        }

        if (file.Length > MaxFileBytes)
        {
            problems.Add(SubmissionProblems.TooLarge(relativePath, file.Length, MaxFileBytes));
            return;
        }

        // A length of 0 is also what a pipe or a device reports: never open those, opening can block.
        var bytes = file.Length == 0 ? [] : File.ReadAllBytes(file.FullName);
        var decoded = SourceDecoder.Decode(bytes);
        if (decoded.Content is null || decoded.Encoding is null)
        {
            problems.Add(SubmissionProblems.NotUtf8(relativePath, decoded.Line, decoded.Column, decoded.BadByte));
            return;
        }

        files.Add(new SourceFile(relativePath, bytes, decoded.Content, decoded.Encoding));
    }

    private static bool IsSkipped(DirectoryInfo directory) =>
        IsHidden(directory) || SkippedFolders.Contains(directory.Name, StringComparer.OrdinalIgnoreCase);

    private static bool IsSource(FileInfo file) =>
        !IsHidden(file) && file.Extension.Equals(".cs", StringComparison.OrdinalIgnoreCase);

    private static bool IsHidden(FileSystemInfo entry) =>
        entry.Name.StartsWith('.') || entry.Attributes.HasFlag(FileAttributes.Hidden);

    private static bool IsAccessProblem(Exception exception) =>
        exception is IOException or UnauthorizedAccessException or SecurityException;
}
