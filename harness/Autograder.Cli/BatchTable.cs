using System.Globalization;

namespace Autograder.Cli;

/// <summary>The grade command's table: a header, then a row per submission.</summary>
internal sealed class BatchTable(int nameWidth)
{
    /// <summary>A table wide enough for every submission's name.</summary>
    public static BatchTable For(IReadOnlyList<Submission> submissions) =>
        new(Math.Max("submission".Length, submissions.Count == 0 ? 0 : submissions.Max(submission => submission.Name.Length)));

    public string Header => $"{"submission".PadRight(nameWidth)}  {"score",9}  correct  leak-free  first failure";

    public string Row(GradeRecord record, bool resumed)
    {
        var points = string.Create(CultureInfo.InvariantCulture, $"{Normalize(record.Row.Total)}/{Normalize(record.Row.Max)}");
        var failure = resumed ? $"{record.Console.FirstFailure} (kept from an earlier run)".TrimStart() : record.Console.FirstFailure;
        return $"{record.Row.Name.PadRight(nameWidth)}  {points,9}  {record.Console.Correct,7}  {record.Console.LeakFree,9}  {failure}".TrimEnd();
    }

    public string Failure(Submission submission, Exception error) =>
        $"{submission.Name.PadRight(nameWidth)}  {"-",9}  {"-",7}  {"-",9}  not graded: the grader failed ({error.GetType().Name}: {error.Message.Split('\n')[0]})";

    private static string Normalize(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
