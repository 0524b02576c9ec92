using System.Text;
using System.Text.Json;

namespace Autograder.Scoring;

public static partial class RubricLoader
{
    /// <summary>
    /// The case files the rubric at <paramref name="path"/> names in its <c>"file"</c> entries, full paths in
    /// rubric order, read without checking anything else: so that a validator can read every one of them even
    /// when one is broken and <see cref="Load"/> stops there. Empty when the rubric cannot be read as JSON.
    /// </summary>
    public static IReadOnlyList<string> CaseFiles(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var document = JsonDocument.Parse(
                File.ReadAllText(path, Encoding.UTF8),
                new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("cases", out var cases)
                || cases.ValueKind != JsonValueKind.Array)
            {
                return [];
            }

            var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? Environment.CurrentDirectory;
            return cases.EnumerateArray()
                .Select(entry => entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("file", out var file) && file.ValueKind == JsonValueKind.String
                    ? file.GetString()!
                    : string.Empty)
                .Where(pattern => pattern.Length > 0)
                .SelectMany(pattern => CaseFileGlob.Match(folder, pattern))
                .Distinct(StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return [];
        }
    }
}
