using System.Globalization;
using HandlebarsDotNet;

namespace Autograder.Reports.Templates;

/// <summary>
/// The report templates, each taken from an instructor's folder when it has the file and from the built-in
/// defaults (the repository's reports/ folder, embedded at build time) when it does not.
/// </summary>
internal sealed class TemplateSet
{
    public const string ReportMarkdown = "report.md.hbs";
    public const string ReportHtml = "report.html.hbs";
    public const string JUnit = "junit.xml.hbs";
    public const string Summary = "summary.md.hbs";
    public const string ClassSummary = "class-summary.html.hbs";

    /// <summary>Every template and what it writes.</summary>
    public static IReadOnlyDictionary<string, TemplateFormat> Formats { get; } = new Dictionary<string, TemplateFormat>(StringComparer.Ordinal)
    {
        [ReportMarkdown] = TemplateFormat.Markdown,
        [ReportHtml] = TemplateFormat.Markup,
        [JUnit] = TemplateFormat.Markup,
        [Summary] = TemplateFormat.Markdown,
        [ClassSummary] = TemplateFormat.Markup,
    };

    private readonly Dictionary<string, ReportTemplate> _templates;

    /// <summary>Compiles every template now, so that a broken one stops the grader before it grades anything.</summary>
    /// <exception cref="ReportTemplateException">The folder does not exist, or a template does not compile.</exception>
    public TemplateSet(string? folder)
        : this(folder, Formats.Keys)
    {
    }

    /// <summary>Compiles the templates named (compiling one costs tens of milliseconds: a self-check needs two of five).</summary>
    /// <exception cref="ReportTemplateException">The folder does not exist, or a template does not compile.</exception>
    public TemplateSet(string? folder, IEnumerable<string> names)
    {
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new ReportTemplateException(folder, $"The templates folder '{folder}' does not exist; pass a folder holding .hbs files (see reports/README.md), or none for the built-in templates.");
        }

        var wanted = names.Distinct(StringComparer.Ordinal).ToList();
        var environments = wanted.Select(name => Formats[name]).Distinct().ToDictionary(format => format, Environment);
        _templates = wanted.ToDictionary(
            name => name,
            name => Compile(name, folder, environments[Formats[name]]),
            StringComparer.Ordinal);
    }

    public ReportTemplate this[string name] => _templates.TryGetValue(name, out var template)
        ? template
        : throw new InvalidOperationException($"The template {name} was not compiled: open the report writer for the files that need it.");

    /// <summary>The text of a built-in template.</summary>
    public static string BuiltIn(string name)
    {
        using var stream = typeof(TemplateSet).Assembly.GetManifestResourceStream("templates/" + name)
            ?? throw new InvalidOperationException($"The built-in template {name} is missing from the assembly; rebuild Autograder.Reports.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static ReportTemplate Compile(string name, string? folder, IHandlebars handlebars)
    {
        var file = folder is null ? null : Path.Combine(folder, name);
        var fromFolder = file is not null && File.Exists(file);
        var origin = fromFolder ? file! : $"{name} (built in)";
        var text = fromFolder ? File.ReadAllText(file!) : BuiltIn(name);
        try
        {
            return new ReportTemplate(name, origin, handlebars.Compile(text));
        }
        catch (HandlebarsException e)
        {
            throw new ReportTemplateException(
                origin,
                $"{origin}: the template does not compile: {e.Message.Split('\n')[0].Trim()}; fix it, or delete it{(fromFolder ? $" from {folder}" : string.Empty)} to use the built-in one",
                e);
        }
    }

    private static IHandlebars Environment(TemplateFormat format)
    {
        var configuration = new HandlebarsConfiguration
        {
            ThrowOnUnresolvedBindingExpression = true,
            FormatProvider = CultureInfo.InvariantCulture,
        };
        if (format == TemplateFormat.Markdown)
        {
            configuration.NoEscape = true;
        }
        else
        {
            configuration.TextEncoder = new MarkupTextEncoder();
        }

        var handlebars = Handlebars.Create(configuration);
        TemplateHelpers.Register(handlebars);
        return handlebars;
    }
}
