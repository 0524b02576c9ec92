using System.Text.Json;
using System.Text.Json.Serialization;
using Autograder.Reports;

namespace Autograder.Cli;

/// <summary>
/// The mark that a submission is finished: <c>DIR/&lt;submission&gt;/grade.json</c>, written last and
/// atomically, after every report of that submission. A batch that is killed and run again skips the
/// submissions that have one (when neither the submission nor the rubric changed since), and
/// <c>autograder merge</c> builds one gradebook from the records of several shards.
/// </summary>
/// <param name="Format">The file's format version.</param>
/// <param name="Ordinal">The submission's place in the whole batch (all shards), so merged rows keep the order of one run.</param>
/// <param name="BatchSize">How many submissions the whole batch has, all shards together.</param>
/// <param name="SubmissionFingerprint">A hash of the submission's files.</param>
/// <param name="RubricFingerprint">A hash of the rubric, its cases and the grader's build.</param>
/// <param name="Console">The row the grade command prints for the submission.</param>
/// <param name="Row">What the class reports need.</param>
internal sealed record GradeRecord(
    int Format,
    int Ordinal,
    int BatchSize,
    string SubmissionFingerprint,
    string RubricFingerprint,
    ConsoleRow Console,
    ClassRow Row)
{
    /// <summary>The file name, inside the submission's report folder.</summary>
    public const string FileName = "grade.json";

    /// <summary>The format this grader writes and reads.</summary>
    public const int CurrentFormat = 1;

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>Writes the record into <paramref name="folder"/> so that a reader sees the whole file or none.</summary>
    public void WriteInto(string folder)
    {
        var target = Path.Combine(folder, FileName);
        var temporary = Path.Combine(folder, $".{FileName}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp");
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            JsonSerializer.Serialize(stream, this, Json);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, target, overwrite: true);
    }

    /// <summary>The record in <paramref name="folder"/>, or why it cannot be used (missing, unreadable, another format).</summary>
    public static GradeRecord? TryRead(string folder, out string? problem)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            problem = $"{path} does not exist";
            return null;
        }

        try
        {
            var record = JsonSerializer.Deserialize<GradeRecord>(File.ReadAllText(path), Json);
            problem = record is null ? $"{path} holds null"
                : record.Format != CurrentFormat ? $"{path} is format {record.Format}; this grader reads format {CurrentFormat}"
                : record.Row.Cases is null || record.Row.Name is null ? $"{path} lacks the row's cases or name"
                : null;
            return problem is null ? record : null;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            problem = $"{path} cannot be read: {e.Message}";
            return null;
        }
    }
}

/// <summary>The grade command's console row of a submission: kept so a resumed batch prints it again.</summary>
/// <param name="Correct">Cases whose every step agreed with the reference, as "n/N", or "-".</param>
/// <param name="LeakFree">Cases that leaked nothing, as "n/N", or "-".</param>
/// <param name="FirstFailure">The first failing case and why, or the problem, or empty.</param>
internal sealed record ConsoleRow(string Correct, string LeakFree, string FirstFailure);
