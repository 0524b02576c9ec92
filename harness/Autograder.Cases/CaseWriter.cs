using System.Globalization;

namespace Autograder.Cases;

/// <summary>
/// Writes a case (parsed, generated, imported or minimized) as a case file with explicit steps and the
/// expectations it has. Parsing the text gives the same steps back, line numbers aside, when the slots are
/// numbered in order of first binding, as the parser, the generator and the importer number them.
/// </summary>
public static class CaseWriter
{
    /// <summary>The widest a description line's text gets before the writer continues it on another line.</summary>
    public const int DescriptionWidth = 96;

    /// <summary>The case file's text, with '\n' line ends.</summary>
    /// <exception cref="ArgumentException">The case holds something a case file cannot say; the message names the step.</exception>
    public static string ToText(CaseDefinition definition)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        Write(definition, text);
        return text.ToString();
    }

    /// <summary>Writes the case file's text, with '\n' line ends.</summary>
    /// <exception cref="ArgumentException">The case holds something a case file cannot say; the message names the step.</exception>
    public static void Write(CaseDefinition definition, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(output);
        CaseArguments.CheckNameAndDescription(definition.Name, definition.Description);

        output.Write($"case {definition.Name}\n");
        foreach (var line in DescriptionLines(definition.Description))
        {
            output.Write($"description {line}\n");
        }

        if (definition.HeapLimit is { } limit)
        {
            output.Write(string.Create(CultureInfo.InvariantCulture, $"heap-limit {limit}\n"));
        }

        output.Write('\n');
        for (var i = 0; i < definition.Steps.Count; i++)
        {
            CheckWritable(definition, i);
            output.Write(StepSyntax.Format(definition, definition.Steps[i]));
            output.Write('\n');
        }
    }

    /// <summary>
    /// Throws when a step holds something the case file format cannot say, which <see cref="StepSyntax.Format"/>
    /// would write as a line the parser refuses or reads differently.
    /// </summary>
    private static void CheckWritable(CaseDefinition definition, int stepIndex)
    {
        var step = definition.Steps[stepIndex];
        var syntax = OperationSyntax.Of(step.Operation);
        if (syntax.BindsZone || syntax.HasZoneOperand)
        {
            CheckName(definition.ZoneNames, step.Zone, "zone", stepIndex, allowNull: !syntax.BindsZone);
        }

        if (syntax.BindsBlock || syntax.HasBlockOperand)
        {
            CheckName(definition.BlockNames, step.Block, "block", stepIndex, allowNull: true);
        }

        if (syntax.HasBlockOperand && step.Block == CaseStep.NoSlot && step.BlockDelta != 0)
        {
            throw Unwritable(stepIndex, "a null block operand cannot carry a byte offset; a case file writes offsets only after a block name");
        }

        if (syntax.HasSize && step.Size == 0 && step.Expect != ExpectationKind.Violation)
        {
            throw Unwritable(stepIndex, $"{syntax.Keyword} of size 0 must expect a violation; a case file only accepts size 0 with '-> violation'");
        }

        if (!syntax.Allows(step.Expect))
        {
            throw Unwritable(stepIndex, $"the expectation {step.Expect} does not apply to {syntax.Keyword}, which allows {syntax.ExpectationList}");
        }
    }

    private static void CheckName(IReadOnlyList<string> names, int slot, string kind, int stepIndex, bool allowNull)
    {
        if (slot == CaseStep.NoSlot && allowNull)
        {
            return;
        }

        if (slot < 0 || slot >= names.Count)
        {
            throw Unwritable(stepIndex, $"{kind} slot {slot} has no name (the case names {names.Count} {kind}s)");
        }

        if (!CaseNames.IsName(names[slot]))
        {
            throw Unwritable(stepIndex, $"'{names[slot]}' cannot name a {kind} in a case file; use [A-Za-z_][A-Za-z0-9_]* and no keyword");
        }
    }

    /// <summary>The description cut at single spaces into lines of about <see cref="DescriptionWidth"/> characters.</summary>
    private static IEnumerable<string> DescriptionLines(string description)
    {
        var rest = description;
        while (rest.Length > DescriptionWidth)
        {
            var cut = LastBreak(rest, DescriptionWidth);
            if (cut < 0)
            {
                cut = FirstBreak(rest, DescriptionWidth);
            }

            if (cut < 0)
            {
                break;
            }

            yield return rest[..cut];
            rest = rest[(cut + 1)..];
        }

        yield return rest;
    }

    // A line break may replace a space only where it stands alone, since the parser trims each line and joins lines with one space.
    private static bool IsBreak(string text, int at) =>
        text[at] == ' ' && at > 0 && at + 1 < text.Length && !char.IsWhiteSpace(text[at - 1]) && !char.IsWhiteSpace(text[at + 1]);

    private static int LastBreak(string text, int width)
    {
        for (var i = Math.Min(width, text.Length - 1); i > 0; i--)
        {
            if (IsBreak(text, i))
            {
                return i;
            }
        }

        return -1;
    }

    private static int FirstBreak(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (IsBreak(text, i))
            {
                return i;
            }
        }

        return -1;
    }

    private static ArgumentException Unwritable(int stepIndex, string problem) =>
        new($"step {stepIndex + 1} cannot be written as a case file line: {problem}", "definition");
}
