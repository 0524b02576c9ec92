namespace Autograder.Reports;

/// <summary>
/// A report template that cannot be used: it does not compile, or it names something the model does not have.
/// The message names the template file and says how to fix it.
/// </summary>
public sealed class ReportTemplateException(string template, string message, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>The template file (or the name of a built-in template).</summary>
    public string Template { get; } = template;
}
