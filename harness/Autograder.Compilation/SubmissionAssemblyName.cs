using System.Text;

namespace Autograder.Compilation;

/// <summary>
/// The assembly name of compiled sources: the submission folder's name, made safe, then the start of
/// the content hash (<c>alice-3fa9c1d2e4b5</c>), so two submissions never share a name in one process.
/// </summary>
internal static class SubmissionAssemblyName
{
    private const int MaxNameLength = 64;
    private const int HashLength = 12;

    public static string For(string folder, string contentHash)
    {
        var name = new StringBuilder();
        foreach (var character in Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)))
        {
            name.Append(char.IsAsciiLetterOrDigit(character) || character is '_' or '-' or '.' ? character : '_');
        }

        var safe = name.ToString().Trim('.');
        if (safe.Length == 0)
        {
            safe = "Submission";
        }

        return $"{safe[..Math.Min(safe.Length, MaxNameLength)]}-{contentHash[..HashLength]}";
    }
}
