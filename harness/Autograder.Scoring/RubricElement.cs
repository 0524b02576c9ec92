using System.Globalization;
using System.Text.Json;
using Autograder.Cases;

namespace Autograder.Scoring;

/// <summary>
/// A value in grading.json with its JSON path, so that every check can say which field is wrong, what it
/// holds, and what is allowed instead.
/// </summary>
internal sealed class RubricElement(string file, string path, JsonElement value)
{
    private const int LongestQuote = 40;

    public string Path { get; } = path;

    public JsonElement Value { get; } = value;

    /// <summary>The value as the message quotes it: JSON text for a string, number or literal; "an object" or "an array".</summary>
    public string Found => Value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => Quote(Value.GetRawText()),
    };

    public RubricException Error(string problem) => new(file, Path, problem);

    /// <summary>Fails unless the value is an object whose fields are all in <paramref name="fields"/>, each once.</summary>
    public RubricElement Object(string what, string example, IReadOnlyList<string> fields)
    {
        if (Value.ValueKind != JsonValueKind.Object)
        {
            throw Error($"expected {what}, as in {example}, found {Found}");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in Value.EnumerateObject())
        {
            var field = Child(property.Name, property.Value);
            if (!fields.Contains(property.Name, StringComparer.Ordinal))
            {
                var hint = Spelling.Closest(property.Name, fields) is { } meant ? $"did you mean \"{meant}\"? " : string.Empty;
                throw field.Error($"unknown field; {hint}{what} takes {Join(fields)}");
            }

            if (!seen.Add(property.Name))
            {
                throw field.Error("the field appears twice; keep one");
            }
        }

        return this;
    }

    public RubricElement? Field(string name) => Value.TryGetProperty(name, out var child) ? Child(name, child) : null;

    public bool Has(string name) => Value.ValueKind == JsonValueKind.Object && Value.TryGetProperty(name, out _);

    public IReadOnlyList<RubricElement> Items(string what, string example)
    {
        if (Value.ValueKind != JsonValueKind.Array)
        {
            throw Error($"expected {what}, as in {example}, found {Found}");
        }

        return Value.EnumerateArray().Select((item, index) => new RubricElement(file, $"{Path}[{index}]", item)).ToList();
    }

    public string String(string what)
    {
        if (Value.ValueKind != JsonValueKind.String)
        {
            throw Error($"expected {what}, found {Found}");
        }

        return Value.GetString()!;
    }

    public decimal Number(decimal min, decimal max, string what = "a number")
    {
        if (Value.ValueKind != JsonValueKind.Number || !Value.TryGetDecimal(out var number) || number < min || number > max)
        {
            throw Error($"expected {what} from {Format(min)} to {Format(max)}, found {Found}");
        }

        return number;
    }

    public long Integer(long min, long max, string what = "a whole number")
    {
        if (Value.ValueKind != JsonValueKind.Number || !Value.TryGetInt64(out var number) || number < min || number > max)
        {
            throw Error($"expected {what} from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}, found {Found}");
        }

        return number;
    }

    public ulong UnsignedInteger(ulong min, string what)
    {
        if (Value.ValueKind != JsonValueKind.Number || !Value.TryGetUInt64(out var number) || number < min)
        {
            throw Error($"expected {what} from {min.ToString(CultureInfo.InvariantCulture)} to {ulong.MaxValue.ToString(CultureInfo.InvariantCulture)}, found {Found}");
        }

        return number;
    }

    public T Choice<T>(IReadOnlyDictionary<string, T> choices)
    {
        if (Value.ValueKind == JsonValueKind.String && choices.TryGetValue(Value.GetString()!, out var choice))
        {
            return choice;
        }

        var hint = Value.ValueKind == JsonValueKind.String && Spelling.Closest(Value.GetString()!, choices.Keys) is { } meant
            ? $"; did you mean \"{meant}\"?"
            : string.Empty;
        throw Error($"expected one of {string.Join(", ", choices.Keys.Select(key => $"\"{key}\""))}, found {Found}{hint}");
    }

    public static string Join(IEnumerable<string> fields) => string.Join(", ", fields.Select(field => $"\"{field}\""));

    /// <summary>A number as grading.json would write it: 8, 2.5 (never 8.0).</summary>
    public static string Format(decimal number) => (number / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    private RubricElement Child(string name, JsonElement child) =>
        new(file, Path.Length == 0 ? name : $"{Path}.{name}", child);

    private static string Quote(string raw) => raw.Length <= LongestQuote ? raw : raw[..LongestQuote] + "...";
}
