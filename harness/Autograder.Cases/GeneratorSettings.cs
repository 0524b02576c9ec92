using System.Globalization;

namespace Autograder.Cases;

/// <summary>
/// What <see cref="CaseGenerator"/> generates; the keys of a case file's <c>generate</c> line. Every setting
/// but the seed has a default.
/// </summary>
public sealed record GeneratorSettings
{
    /// <summary>The most operations one generated case may have.</summary>
    public const int MaxOperations = 1_000_000;

    /// <summary>The most zones one generated case may have.</summary>
    public const int MaxZones = 1_000;

    /// <summary>The largest alignment the generator accepts.</summary>
    public const int MaxAlignment = 4096;

    /// <summary>The seed: the same seed and settings give the same steps on every machine and .NET version.</summary>
    public required ulong Seed { get; init; }

    /// <summary>How many random operations come between creating the zones and destroying them (default 100).</summary>
    public int Operations { get; init; } = 100;

    /// <summary>How many zones the case creates first and destroys last (default 1).</summary>
    public int Zones { get; init; } = 1;

    /// <summary>The smallest zalloc size, at least 1 (default 1).</summary>
    public ulong MinSize { get; init; } = 1;

    /// <summary>The largest zalloc size (default 128); sizes are uniform in <see cref="MinSize"/>..<see cref="MaxSize"/>.</summary>
    public ulong MaxSize { get; init; } = 128;

    /// <summary>The chance, from 0 to 1, that an operation frees a random live block when there is one (default 0.4).</summary>
    public double FreeRatio { get; init; } = 0.4;

    /// <summary>The size every zone is created with (default 4096).</summary>
    public ulong ZoneSize { get; init; } = 4096;

    /// <summary>
    /// The alignment the generator assumes to know which zallocs succeed (default 8, the rubric's default);
    /// set it to the rubric's alignment so that the case never frees a block whose zalloc returned null.
    /// </summary>
    public int Alignment { get; init; } = 8;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting out of range, and what it accepts.</summary>
    public void Validate()
    {
        var problem = FindProblems().FirstOrDefault();
        if (problem.Key is not null)
        {
            throw new ArgumentException($"generator setting '{problem.Key}': {problem.Problem}");
        }
    }

    /// <summary>Each setting out of range, by its key on a <c>generate</c> line, with what it accepts.</summary>
    internal IEnumerable<(string Key, string Problem)> FindProblems()
    {
        if (Operations is < 1 or > MaxOperations)
        {
            yield return ("operations", $"{Operations} is out of range; write a count from 1 to {MaxOperations}");
        }

        if (Zones is < 1 or > MaxZones)
        {
            yield return ("zones", $"{Zones} is out of range; write a count from 1 to {MaxZones}");
        }

        if (MinSize < 1 || MinSize > MaxSize)
        {
            yield return ("sizes", $"{MinSize}..{MaxSize} is not a size range; write MIN..MAX with 1 <= MIN <= MAX, as in 'sizes=1..128'");
        }

        if (!(FreeRatio >= 0 && FreeRatio <= 1))
        {
            yield return ("free-ratio", $"{FreeRatio.ToString(CultureInfo.InvariantCulture)} is out of range; write a number from 0 to 1, as in 'free-ratio=0.4'");
        }

        if (ZoneSize < 1)
        {
            yield return ("zone-size", "0 is not a zone size; write a number of bytes of at least 1, as in 'zone-size=4096'");
        }

        if (!CaseArguments.IsAlignment(Alignment))
        {
            yield return ("alignment", $"{Alignment} is not an alignment; write a power of two from 1 to {MaxAlignment}, as in 'alignment=8'");
        }
    }
}
