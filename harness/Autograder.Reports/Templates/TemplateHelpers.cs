using System.Globalization;
using HandlebarsDotNet;

namespace Autograder.Reports.Templates;

/// <summary>
/// Helpers every template may call: <c>{{fence text}}</c> gives a Markdown code fence longer than any run of
/// backticks in the text, <c>{{cell text}}</c> makes text safe inside a Markdown table cell, and
/// <c>{{first-line text}}</c> gives a text's first line, and <c>{{plural count "case" "cases"}}</c> gives
/// <c>1 case</c> or <c>2 cases</c>.
/// </summary>
internal static class TemplateHelpers
{
    public static void Register(IHandlebars handlebars)
    {
        handlebars.RegisterHelper("fence", (_, arguments) => Fence(Text(arguments)));
        handlebars.RegisterHelper("cell", (_, arguments) => Cell(Text(arguments)));
        handlebars.RegisterHelper("first-line", (_, arguments) => Text(arguments).Split('\n')[0]);
        handlebars.RegisterHelper("plural", (_, arguments) => Plural(arguments));
    }

    public static string Fence(string text)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return new string('`', Math.Max(3, longest + 1));
    }

    public static string Cell(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\r\n", " ", StringComparison.Ordinal)
            .Replace('\n', ' ');

    private static string Plural(Arguments arguments)
    {
        if (arguments.Length != 3 || !long.TryParse(Convert.ToString(arguments[0], CultureInfo.InvariantCulture), CultureInfo.InvariantCulture, out var count))
        {
            throw new HandlebarsRuntimeException("plural takes a count, the singular and the plural, as in {{plural failed \"case\" \"cases\"}}");
        }

        return $"{count.ToString(CultureInfo.InvariantCulture)} {(count == 1 ? arguments[1] : arguments[2])}";
    }

    private static string Text(Arguments arguments) => arguments.Length > 0 ? arguments[0]?.ToString() ?? string.Empty : string.Empty;
}
