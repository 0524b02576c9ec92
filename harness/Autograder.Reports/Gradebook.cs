using System.Text;
using Autograder.Scoring;

namespace Autograder.Reports;

/// <summary>
/// The gradebook as CSV (RFC 4180: CRLF line ends, a field quoted when it holds a comma, a quote or a line break,
/// quotes doubled): a row per submission, a column per case with its points, then penalties, total, maximum,
/// percentage and the problem that kept a submission from being graded. Text that a spreadsheet would take
/// for a formula (a submission folder named <c>=HYPERLINK(...)</c>) starts with an apostrophe, which makes it text.
/// </summary>
internal static class Gradebook
{
    public static string ToCsv(IReadOnlyList<ClassRow> reports)
    {
        var cases = reports.SelectMany(report => report.Cases.Select(score => score.Name)).Distinct(StringComparer.Ordinal).ToList();
        var csv = new StringBuilder();
        Row(csv, ["submission", .. cases.Select(Text), "penalties", "total", "max_score", "percent", "problem"]);
        foreach (var report in reports)
        {
            var points = report.Cases.ToDictionary(score => score.Name, StringComparer.Ordinal);
            Row(csv,
            [
                Text(report.Name),
                .. cases.Select(name => points.TryGetValue(name, out var score) && score.Status != CaseStatus.NotRun ? Numbers.Format(score.Points) : string.Empty),
                Numbers.Format(report.PenaltyPoints),
                Numbers.Format(report.Total),
                Numbers.Format(report.Max),
                Numbers.Format(report.Percent),
                Text(report.Problem ?? string.Empty),
            ]);
        }

        return csv.ToString();
    }

    private static void Row(StringBuilder csv, IEnumerable<string> fields)
    {
        csv.AppendJoin(',', fields.Select(Field));
        csv.Append("\r\n");
    }

    // Excel, LibreOffice and Google Sheets run a cell that starts with one of these as a formula (OWASP, "CSV Injection").
    private static string Text(string value) => value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    private static string Field(string value) => value.IndexOfAny([',', '"', '\r', '\n']) >= 0
        ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : value;
}
