using System.Text;
using Autograder.Reports.Gradescope;
using Autograder.Reports.Templates;

namespace Autograder.Reports;

/// <summary>
/// Writes the reports. Per submission, into <c>DIR/&lt;submission&gt;/</c>: results.json (Gradescope), report.md,
/// report.html, junit.xml and summary.md. Per batch, into <c>DIR</c>: gradebook.csv and class-summary.html. The
/// human-readable ones come from Handlebars templates; the same reports always give the same bytes.
/// </summary>
public sealed class ReportWriter
{
    /// <summary>The file names written for each submission.</summary>
    public static IReadOnlyList<string> SubmissionFiles { get; } = ["results.json", "report.md", "report.html", "junit.xml", "summary.md"];

    /// <summary>The file names written for a batch.</summary>
    public static IReadOnlyList<string> ClassFiles { get; } = ["gradebook.csv", "class-summary.html"];

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly TemplateSet _templates;
    private readonly IReadOnlyList<string> _files = [.. SubmissionFiles, .. ClassFiles];

    /// <summary>
    /// Compiles the templates: each from <paramref name="templatesFolder"/> when it holds that file
    /// (<c>report.md.hbs</c>, <c>report.html.hbs</c>, <c>junit.xml.hbs</c>, <c>summary.md.hbs</c>,
    /// <c>class-summary.html.hbs</c>), else the built-in one (the repository's reports/ as it was built).
    /// </summary>
    /// <param name="templatesFolder">A folder of edited templates, or null for the built-in ones.</param>
    /// <exception cref="ReportTemplateException">The folder does not exist or a template does not compile; the message names the file.</exception>
    public ReportWriter(string? templatesFolder = null) => _templates = new TemplateSet(templatesFolder);

    /// <summary>
    /// Compiles only the templates that <paramref name="files"/> (names from <see cref="SubmissionFiles"/> and
    /// <see cref="ClassFiles"/>) need: a self-check that writes summary.md need not compile the HTML report.
    /// <see cref="RenderSubmission"/> then gives those of the submission's files only.
    /// </summary>
    /// <exception cref="ArgumentException">A name is not one of the report files.</exception>
    /// <exception cref="ReportTemplateException">The folder does not exist or a template does not compile; the message names the file.</exception>
    public ReportWriter(string? templatesFolder, IEnumerable<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var names = files.ToList();
        if (names.FirstOrDefault(file => !SubmissionFiles.Contains(file) && !ClassFiles.Contains(file)) is { } unknown)
        {
            throw new ArgumentException($"'{unknown}' is not a report file; the report files are {string.Join(", ", SubmissionFiles.Concat(ClassFiles))}.", nameof(files));
        }

        _templates = new TemplateSet(templatesFolder, names.Where(file => file != "results.json" && file != "gradebook.csv").Select(file => file + ".hbs"));
        _files = names;
    }

    /// <summary>Writes one submission's reports into <c><paramref name="outputFolder"/>/&lt;name&gt;/</c> and returns that folder.</summary>
    /// <exception cref="ArgumentException">The submission's name cannot be a folder name.</exception>
    /// <exception cref="ReportTemplateException">A template fails while rendering; the message names it.</exception>
    public string WriteSubmission(string outputFolder, SubmissionReport report)
    {
        ArgumentNullException.ThrowIfNull(outputFolder);
        ArgumentNullException.ThrowIfNull(report);
        var folder = Path.Combine(outputFolder, FolderName(report.Name));
        Directory.CreateDirectory(folder);
        foreach (var (file, text) in RenderSubmission(report))
        {
            File.WriteAllText(Path.Combine(folder, file), text, Utf8);
        }

        return folder;
    }

    /// <summary>Writes gradebook.csv and class-summary.html for a batch into <paramref name="outputFolder"/>.</summary>
    /// <exception cref="ReportTemplateException">The class summary's template fails while rendering.</exception>
    public void WriteClass(string outputFolder, IReadOnlyList<SubmissionReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        WriteClass(outputFolder, [.. reports.Select(ClassRow.From)]);
    }

    /// <summary>Writes gradebook.csv and class-summary.html for a batch's rows (read back from a resumed or merged batch).</summary>
    /// <exception cref="ReportTemplateException">The class summary's template fails while rendering.</exception>
    public void WriteClass(string outputFolder, IReadOnlyList<ClassRow> reports)
    {
        ArgumentNullException.ThrowIfNull(outputFolder);
        ArgumentNullException.ThrowIfNull(reports);
        Directory.CreateDirectory(outputFolder);
        File.WriteAllText(Path.Combine(outputFolder, "gradebook.csv"), Gradebook.ToCsv(reports), Utf8);
        File.WriteAllText(Path.Combine(outputFolder, "class-summary.html"), _templates[TemplateSet.ClassSummary].Render(ClassSummaryBuilder.Build(reports)), Utf8);
    }

    /// <summary>Every file of one submission's reports by name (those this writer was opened for), as text, without writing them.</summary>
    public IReadOnlyDictionary<string, string> RenderSubmission(SubmissionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var model = SubmissionModelBuilder.Build(report);
        return SubmissionFiles.Where(_files.Contains).ToDictionary(
            file => file,
            file => file == "results.json" ? GradescopeResults.ToJson(report) : _templates[file + ".hbs"].Render(model),
            StringComparer.Ordinal);
    }

    private static string FolderName(string name)
    {
        var invalid = name.Length == 0 || name is "." or ".." || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name.Contains('/') || name.Contains('\\');
        return invalid
            ? throw new ArgumentException($"The submission name '{name}' cannot be a folder name; name submissions after their folder or .dll file.", nameof(name))
            : name;
    }
}
