namespace Autograder.Cases;

/// <summary>
/// The state of parsing one case file: the header directives (<c>case</c>, <c>description</c>,
/// <c>heap-limit</c>), then either explicit steps or one <c>generate</c> or <c>trace</c> line.
/// </summary>
internal sealed partial class CaseFileParser(string source)
{
    private const string DescriptionExample = "'description Freed holes are reused lowest offset first.'";

    private readonly SlotTable zones = new();
    private readonly SlotTable blocks = new();
    private readonly List<CaseStep> steps = [];
    private readonly List<string> description = [];
    private SourceLine? caseLine;
    private string name = string.Empty;
    private ulong? heapLimit;
    private int heapLimitLine;
    private int firstStepLine;
    private CaseDefinition? expansion;
    private SourceLine? expansionLine;

    public CaseDefinition Parse(string text)
    {
        var lines = SourceLine.ReadAll(text);
        foreach (var line in lines.Where(l => !l.IsBlank))
        {
            ParseLine(line);
        }

        return Finish();
    }

    private void ParseLine(SourceLine line)
    {
        var keyword = line.Tokens[0];
        if (caseLine is null && keyword.Text != "case")
        {
            throw Error(line, keyword.Column,
                $"expected 'case NAME' first, found '{keyword.Text}'; every case file starts with its name, as in 'case first-fit-basics'");
        }

        switch (keyword.Text)
        {
            case "case":
                ParseCase(line);
                break;
            case "description":
                ParseDescription(line);
                break;
            case "heap-limit":
                ParseHeapLimit(line);
                break;
            case "generate":
                ParseGenerate(line);
                break;
            case "trace":
                ParseTrace(line);
                break;
            default:
                ParseStep(line);
                break;
        }
    }

    private void ParseCase(SourceLine line)
    {
        if (caseLine is not null)
        {
            throw Error(line, 1, $"this file already names its case '{name}' on line {caseLine.Number}; a file holds one case, so put this one in a file of its own");
        }

        var t = line.Tokens;
        if (t.Count < 2)
        {
            throw Error(line, line.EndColumn, "expected a name after 'case', found the end of the line; name the case in lower-case words joined by '-', as in 'case first-fit-basics'");
        }

        if (!CaseNames.IsCaseName(t[1].Text))
        {
            throw Error(line, t[1].Column, $"'{t[1].Text}' is not a case name; use lower-case letters, digits and '-', as in 'case first-fit-basics'");
        }

        if (t.Count > 2)
        {
            throw Error(line, t[2].Column, $"unexpected '{t[2].Text}' after the case name; a case name has no spaces, so join its words with '-'");
        }

        caseLine = line;
        name = t[1].Text;
    }

    private void ParseDescription(SourceLine line)
    {
        CheckBeforeSteps(line, "description");
        if (line.Tokens.Count < 2)
        {
            throw Error(line, line.EndColumn, $"expected text after 'description', found the end of the line; say what the case tests, as in {DescriptionExample}");
        }

        var text = line.RestFrom(1);
        if (CaseNames.DescriptionProblem(text) is { } problem)
        {
            throw Error(line, line.Tokens[1].Column, problem);
        }

        description.Add(text);
    }

    private void ParseHeapLimit(SourceLine line)
    {
        CheckBeforeSteps(line, "heap-limit");
        var t = line.Tokens;
        if (heapLimit is not null)
        {
            throw Error(line, 1, $"the heap limit is already set on line {heapLimitLine}; keep one 'heap-limit' line");
        }

        if (t.Count < 2)
        {
            throw Error(line, line.EndColumn, "expected a number of bytes after 'heap-limit', found the end of the line; write it as in 'heap-limit 100000'");
        }

        if (!TryReadNumber(t[1].Text, out var limit))
        {
            throw Error(line, t[1].Column, $"expected a number of bytes after 'heap-limit', found '{t[1].Text}'; write a whole number in decimal, as in 'heap-limit 100000'");
        }

        RejectExtra(line, 2, "heap-limit takes one number");
        heapLimit = limit;
        heapLimitLine = line.Number;
    }

    private void CheckBeforeSteps(SourceLine line, string directive)
    {
        var firstStep = firstStepLine > 0 ? firstStepLine : expansionLine?.Number ?? 0;
        if (firstStep > 0)
        {
            throw Error(line, 1, $"'{directive}' must come before the first step (line {firstStep}); move this line up");
        }
    }

    private void CheckDescribed(SourceLine line)
    {
        if (description.Count == 0)
        {
            throw Error(line, 1, $"expected a 'description' line before the first step; say what the case tests, as in {DescriptionExample}");
        }
    }

    private CaseDefinition Finish()
    {
        if (caseLine is null)
        {
            throw new CaseFormatException(source, 1, 1, "the file has no 'case' line; start it with 'case NAME', then a 'description' line, then the steps");
        }

        if (description.Count == 0)
        {
            throw Error(caseLine, 1, $"the case has no 'description' line; add one after 'case' saying what the case tests, as in {DescriptionExample}");
        }

        if (expansion is not null)
        {
            return expansion with { HeapLimit = heapLimit };
        }

        if (steps.Count == 0)
        {
            throw Error(caseLine, 1, "the case has no steps; add operations such as 'z = create_zone 256', or a 'generate' or 'trace' line");
        }

        return new CaseDefinition
        {
            Name = name,
            Description = string.Join(' ', description),
            Source = source,
            Steps = steps,
            ZoneNames = zones.Names,
            BlockNames = blocks.Names,
            HeapLimit = heapLimit,
        };
    }

    private void RejectExtra(SourceLine line, int index, string why)
    {
        if (line.Tokens.Count > index)
        {
            var extra = line.Tokens[index];
            throw Error(line, extra.Column, $"unexpected '{extra.Text}'; {why} (a comment starts with '#')");
        }
    }

    private static bool TryReadNumber(string text, out ulong value)
    {
        value = 0;
        return text.Length > 0 && text.All(char.IsAsciiDigit) && ulong.TryParse(text, out value);
    }

    private CaseFormatException Error(SourceLine line, int column, string problem) =>
        new(source, line.Number, column, problem);
}
