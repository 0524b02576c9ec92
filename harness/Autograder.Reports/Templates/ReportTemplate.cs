using HandlebarsDotNet;
using HandlebarsDotNet.Compiler;

namespace Autograder.Reports.Templates;

/// <summary>One compiled template, and where it came from for messages.</summary>
internal sealed class ReportTemplate(string name, string origin, HandlebarsTemplate<object, object> compiled)
{
    /// <summary>The template's file name, as in <c>report.html.hbs</c>.</summary>
    public string Name { get; } = name;

    /// <summary>The file it was read from, or the name of the built-in template.</summary>
    public string Origin { get; } = origin;

    /// <summary>Renders <paramref name="model"/>.</summary>
    /// <exception cref="ReportTemplateException">The template names something the model does not have, or a helper fails.</exception>
    public string Render(object model)
    {
        try
        {
            return compiled(model);
        }
        catch (Exception e) when (e is HandlebarsException or HandlebarsUndefinedBindingException)
        {
            throw new ReportTemplateException(
                Origin,
                $"{Origin}: the template fails while rendering: {FirstLine(e.Message)}; check the names it uses against the model described in reports/README.md",
                e);
        }
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
