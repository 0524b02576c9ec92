using System.Globalization;

namespace Autograder.Cases;

/// <summary>
/// The two lines that make all of a case's steps: <c>generate key=value ...</c> and <c>trace PATH [key=value ...]</c>.
/// </summary>
internal sealed partial class CaseFileParser
{
    private static readonly string[] GenerateKeys = ["seed", "operations", "zones", "sizes", "free-ratio", "zone-size", "alignment"];
    private static readonly string[] TraceKeys = ["zone-size", "alignment"];

    private void ParseGenerate(SourceLine line)
    {
        CheckExpansionAllowed(line);
        var settings = ReadSettings(line, 1, GenerateKeys);
        if (!settings.TryGetValue("seed", out var seedSetting))
        {
            throw Error(line, line.Tokens[0].Column,
                "'generate' needs a seed, as in 'generate seed=42 operations=200'; the same seed always makes the same steps");
        }

        var generator = new GeneratorSettings { Seed = Number(line, seedSetting, "the seed", "seed=42") };
        foreach (var (key, setting) in settings)
        {
            generator = key switch
            {
                "operations" => generator with { Operations = Count(line, setting, "a number of operations", "operations=200") },
                "zones" => generator with { Zones = Count(line, setting, "a number of zones", "zones=2") },
                "sizes" => ReadSizes(line, setting, generator),
                "free-ratio" => generator with { FreeRatio = Ratio(line, setting) },
                "zone-size" => generator with { ZoneSize = Number(line, setting, "a zone size in bytes", "zone-size=4096") },
                "alignment" => generator with { Alignment = Count(line, setting, "an alignment", "alignment=8") },
                _ => generator,
            };
        }

        foreach (var (key, problem) in generator.FindProblems())
        {
            throw Error(line, settings.TryGetValue(key, out var wrong) ? wrong.ValueColumn : line.Tokens[0].Column, problem);
        }

        Expand(line, CaseGenerator.Generate(name, string.Join(' ', description), generator) with { Source = source });
    }

    private void ParseTrace(SourceLine line)
    {
        CheckExpansionAllowed(line);
        var t = line.Tokens;
        if (t.Count < 2)
        {
            throw Error(line, line.EndColumn, "expected a path after 'trace', found the end of the line; name a malloc-lab trace relative to this file, as in 'trace ../traces/short1.rep'");
        }

        var settings = ReadSettings(line, 2, TraceKeys);
        ulong? zoneSize = settings.TryGetValue("zone-size", out var size)
            ? Number(line, size, "a zone size in bytes", "zone-size=4096")
            : null;
        var alignment = settings.TryGetValue("alignment", out var aligned)
            ? Count(line, aligned, "an alignment", "alignment=8")
            : MallocLabTraceImporter.DefaultAlignment;
        if (zoneSize == 0)
        {
            throw Error(line, size.ValueColumn, "0 is not a zone size; write a number of bytes of at least 1, or leave zone-size out to size the zone from the trace");
        }

        if (!CaseArguments.IsAlignment(alignment))
        {
            throw Error(line, aligned.ValueColumn, $"{alignment} is not an alignment; write a power of two from 1 to {GeneratorSettings.MaxAlignment}, as in 'alignment=8'");
        }

        var path = CasePaths.Resolve(source, t[1].Text);
        if (!File.Exists(path))
        {
            throw Error(line, t[1].Column, $"the trace '{path}' does not exist; a trace path is relative to the folder of this case file");
        }

        Expand(line, MallocLabTraceImporter.Import(path, name, string.Join(' ', description), zoneSize, alignment));
    }

    private void CheckExpansionAllowed(SourceLine line)
    {
        var directive = line.Tokens[0].Text;
        if (expansionLine is not null)
        {
            throw Error(line, 1, $"this case already has '{expansionLine.Tokens[0].Text}' on line {expansionLine.Number}; a case takes one 'generate' or 'trace' line");
        }

        if (firstStepLine > 0)
        {
            throw Error(line, 1, $"'{directive}' makes all of a case's steps, but this case already has steps from line {firstStepLine}; keep the steps or the '{directive}' line, not both");
        }

        CheckDescribed(line);
    }

    private void Expand(SourceLine line, CaseDefinition definition)
    {
        expansion = definition;
        expansionLine = line;
    }

    private Dictionary<string, Setting> ReadSettings(SourceLine line, int from, string[] keys)
    {
        var directive = line.Tokens[0].Text;
        var known = string.Join(", ", keys);
        var settings = new Dictionary<string, Setting>(StringComparer.Ordinal);
        foreach (var token in line.Tokens.Skip(from))
        {
            var equals = token.Text.IndexOf('=');
            if (equals <= 0)
            {
                throw Error(line, token.Column, $"expected key=value after '{directive}', found '{token.Text}'; the keys are {known}, as in '{keys[0]}={(keys[0] == "seed" ? "42" : "4096")}' with no spaces around '='");
            }

            var key = token.Text[..equals];
            if (!keys.Contains(key))
            {
                var guess = Spelling.Closest(key, keys);
                var hint = guess is null ? string.Empty : $"did you mean '{guess}'? ";
                throw Error(line, token.Column, $"unknown {directive} setting '{key}'; {hint}the settings are {known}");
            }

            if (settings.ContainsKey(key))
            {
                throw Error(line, token.Column, $"'{key}' is set twice on this line; keep one");
            }

            settings.Add(key, new Setting(token.Text[(equals + 1)..], token.Column + equals + 1));
        }

        return settings;
    }

    private ulong Number(SourceLine line, Setting setting, string what, string example)
    {
        if (!TryReadNumber(setting.Value, out var value))
        {
            throw Error(line, setting.ValueColumn, $"expected {what}, found '{setting.Value}'; write a whole number in decimal, as in '{example}'");
        }

        return value;
    }

    private int Count(SourceLine line, Setting setting, string what, string example)
    {
        var value = Number(line, setting, what, example);
        if (value > int.MaxValue)
        {
            throw Error(line, setting.ValueColumn, $"{setting.Value} is too large for {what}; write a smaller number, as in '{example}'");
        }

        return (int)value;
    }

    private double Ratio(SourceLine line, Setting setting)
    {
        var text = setting.Value;
        var point = text.IndexOf('.');
        var whole = point < 0 ? text : text[..point];
        var fraction = point < 0 ? "0" : text[(point + 1)..];
        if (whole.Length == 0 || fraction.Length == 0 || !(whole + fraction).All(char.IsAsciiDigit))
        {
            throw Error(line, setting.ValueColumn, $"expected a ratio from 0 to 1, found '{text}'; write it with a '.' as in 'free-ratio=0.4'");
        }

        return double.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }

    private GeneratorSettings ReadSizes(SourceLine line, Setting setting, GeneratorSettings generator)
    {
        const string Example = "sizes=1..128";
        var range = setting.Value.Split("..");
        if (range.Length is not (1 or 2) || !TryReadNumber(range[0], out var min) || !TryReadNumber(range[^1], out var max))
        {
            throw Error(line, setting.ValueColumn, $"expected a size range MIN..MAX, found '{setting.Value}'; write two byte counts joined by '..', as in '{Example}'");
        }

        return generator with { MinSize = min, MaxSize = max };
    }

    /// <summary>One key=value of a generate or trace line: the value and the column it starts at.</summary>
    private readonly record struct Setting(string Value, int ValueColumn);
}
