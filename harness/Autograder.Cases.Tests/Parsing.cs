namespace Autograder.Cases.Tests;

/// <summary>Parses case text given as lines, under the name a real case file would have.</summary>
internal static class Parsing
{
    public const string File = "cases/public/x.case";

    /// <summary>A case header and two steps; a line appended to it is line 5.</summary>
    public static readonly string[] Prelude = ["case x", "description d", "z = create_zone 256", "a = zalloc z 16"];

    public static CaseDefinition Parse(params string[] lines) => CaseParser.Parse(string.Join('\n', lines), File);

    /// <summary>The prelude followed by the given lines.</summary>
    public static CaseDefinition ParseSteps(params string[] steps) => Parse([.. Prelude, .. steps]);

    /// <summary>The one step a line makes after the prelude.</summary>
    public static CaseStep ParseStep(string step) => ParseSteps(step).Steps[^1];

    public static string ErrorOf(params string[] lines) =>
        Assert.Throws<CaseFormatException>(() => Parse(lines)).Message;

    /// <summary>The message for a bad line 5 after the prelude.</summary>
    public static string StepError(string step) => ErrorOf([.. Prelude, step]);
}
