namespace Autograder.Reports.Templates;

/// <summary>What a template writes, which decides how <c>{{value}}</c> is escaped.</summary>
internal enum TemplateFormat
{
    /// <summary>HTML or XML: markup characters become entities (see <see cref="MarkupTextEncoder"/>).</summary>
    Markup,

    /// <summary>Markdown: written as is; the <c>fence</c> and <c>cell</c> helpers keep text inside code blocks and tables.</summary>
    Markdown,
}
