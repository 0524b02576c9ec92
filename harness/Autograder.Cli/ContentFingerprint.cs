using System.Security.Cryptography;
using System.Text;
using Autograder.Cases;
using Autograder.Scoring;

namespace Autograder.Cli;

/// <summary>
/// Hashes that say whether a finished grade still stands: one of a submission's files, one of the rubric
/// with its cases and the grader's own build. A resumed batch regrades a submission when either changed.
/// </summary>
internal static class ContentFingerprint
{
    /// <summary>A hash of a .dll's bytes, or of every file under a folder (names and contents, bin/ and obj/ left out).</summary>
    public static string OfSubmission(string path)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        if (File.Exists(path))
        {
            hash.AppendData(File.ReadAllBytes(path));
            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }

        var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(path, file).Replace('\\', '/'))
            .Where(relative => !relative.Split('/').Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal);
        foreach (var relative in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(relative + "\0"));
            hash.AppendData(File.ReadAllBytes(Path.Combine(path, relative)));
            hash.AppendData("\0"u8);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>A hash of the rubric's file and settings, every case's text and points, and this grader's build.</summary>
    public static string OfRubric(Rubric rubric)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        var text = new StringBuilder();
        text.Append(typeof(ContentFingerprint).Assembly.ManifestModule.ModuleVersionId).Append('\n');
        text.Append(rubric.Title).Append('\n').Append(rubric.Alignment).Append('\n').Append(rubric.MinimumScore).Append('\n');
        text.Append(rubric.CheckOptions).Append('\n').Append(rubric.TimeLimit).Append('\n');

        // The rules (patterns, penalties) are hashed as the rubric file says them.
        if (rubric.Source.Length > 0 && File.Exists(rubric.Source))
        {
            text.Append(File.ReadAllText(rubric.Source)).Append('\n');
        }

        foreach (var entry in rubric.Cases)
        {
            text.Append(entry.Name).Append(' ').Append(entry.Visibility).Append(' ').Append(entry.Points).Append(' ').Append(entry.TimeLimit).Append('\n');
            text.Append(CaseWriter.ToText(entry.Case)).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
