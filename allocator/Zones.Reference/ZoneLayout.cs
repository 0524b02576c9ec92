using System.Globalization;

namespace Zones.Reference;

/// <summary>
/// A zone as its dump shows it: its size, and its blocks and free runs in address order. This is the
/// canonical Zdump format, written by <see cref="WriteTo"/> and read back by <see cref="TryParse"/>.
/// </summary>
/// <remarks>
/// <code>
/// zone size=100 blocks=2 runs=2 used=24 free=76
/// block offset=0 size=10 footprint=16
/// free offset=16 length=8
/// block offset=24 size=8 footprint=8
/// free offset=32 length=68
/// </code>
/// </remarks>
public sealed class ZoneLayout
{
    /// <summary>Creates a layout from segments in address order.</summary>
    public ZoneLayout(nuint size, IReadOnlyList<ZoneSegment> segments)
    {
        Size = size;
        Segments = segments;
        foreach (var segment in segments)
        {
            if (segment.Kind == ZoneSegmentKind.Block)
            {
                Blocks++;
                Used += segment.Length;
            }
            else
            {
                Runs++;
            }
        }
    }

    /// <summary>The zone's size.</summary>
    public nuint Size { get; }

    /// <summary>Blocks and free runs, lowest offset first.</summary>
    public IReadOnlyList<ZoneSegment> Segments { get; }

    /// <summary>Live blocks.</summary>
    public int Blocks { get; }

    /// <summary>Free runs.</summary>
    public int Runs { get; }

    /// <summary>The sum of the live blocks' footprints.</summary>
    public nuint Used { get; }

    /// <summary>Bytes not covered by a live block.</summary>
    public nuint Free => Size - Used;

    /// <summary>The header line.</summary>
    public string Header => $"zone size={Size} blocks={Blocks} runs={Runs} used={Used} free={Free}";

    /// <summary>Writes the canonical dump: the header, then a line per segment, each ending in '\n'.</summary>
    public void WriteTo(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Header);
        output.Write('\n');
        foreach (var segment in Segments)
        {
            output.Write(segment.ToString());
            output.Write('\n');
        }
    }

    /// <summary>The canonical dump as one string.</summary>
    public override string ToString()
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        WriteTo(text);
        return text.ToString();
    }

    /// <summary>
    /// Reads a dump in the canonical format. Accepts '\r\n' line ends and a missing final line end;
    /// anything else that differs is an error naming the line and what was expected there.
    /// </summary>
    public static bool TryParse(string text, out ZoneLayout? layout, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        layout = null;
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        if (lines.Length == 0 || !TryReadFields(lines[0], "zone", ["size", "blocks", "runs", "used", "free"], out var header))
        {
            error = $"line 1: expected the header 'zone size=N blocks=N runs=N used=N free=N', found '{Shorten(lines[0])}'";
            return false;
        }

        var segments = new List<ZoneSegment>(lines.Length - 1);
        for (var i = 1; i < lines.Length; i++)
        {
            if (TryReadFields(lines[i], "block", ["offset", "size", "footprint"], out var block))
            {
                segments.Add(ZoneSegment.Block(block[0], block[1], block[2]));
            }
            else if (TryReadFields(lines[i], "free", ["offset", "length"], out var run))
            {
                segments.Add(ZoneSegment.Free(run[0], run[1]));
            }
            else
            {
                error = $"line {i + 1}: expected 'block offset=N size=N footprint=N' or 'free offset=N length=N', found '{Shorten(lines[i])}'";
                return false;
            }
        }

        var parsed = new ZoneLayout(header[0], segments);
        if (parsed.Header != lines[0])
        {
            error = $"line 1: the header says '{lines[0]}', but the lines below it add up to '{parsed.Header}'";
            return false;
        }

        layout = parsed;
        error = null;
        return true;
    }

    private static bool TryReadFields(string line, string keyword, string[] names, out nuint[] values)
    {
        values = new nuint[names.Length];
        var words = line.Split(' ');
        if (words.Length != names.Length + 1 || words[0] != keyword)
        {
            return false;
        }

        for (var i = 0; i < names.Length; i++)
        {
            var word = words[i + 1];
            if (!word.StartsWith(names[i] + "=", StringComparison.Ordinal)
                || !ulong.TryParse(word.AsSpan(names[i].Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return false;
            }

            values[i] = (nuint)value;
        }

        return true;
    }

    private static string Shorten(string line) => line.Length <= 80 ? line : string.Concat(line.AsSpan(0, 77), "...");
}
