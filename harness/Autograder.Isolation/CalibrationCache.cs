using System.Globalization;
using System.Text;

namespace Autograder.Isolation;

/// <summary>
/// Yardstick times saved on disk, one line per case content hash, under the fingerprint of the machine
/// and build that measured them, so that a second check on the same machine need not time the yardstick
/// again. A time older than <see cref="Expiry"/> is measured again. The file is only ever a shortcut:
/// one that cannot be read, is cut short, comes from another machine or holds anything unexpected is
/// ignored whole (and rewritten), never an error; one that cannot be written is left as it is.
/// </summary>
internal sealed class CalibrationCache(string path, string machine)
{
    /// <summary>How long a saved time is believed.</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromDays(7);

    private const string Format = "autograder-time-limits 1";
    private const int MostEntries = 10_000;

    // Beyond any real yardstick time: a larger number means the file is not what we wrote.
    private static readonly TimeSpan Longest = TimeSpan.FromHours(1);

    public string Path { get; } = path;

    /// <summary>The fresh times saved for this machine, by case content hash; empty when there are none.</summary>
    public Dictionary<string, SavedTime> Read(DateTimeOffset now)
    {
        var entries = new Dictionary<string, SavedTime>(StringComparer.Ordinal);
        try
        {
            if (!File.Exists(Path))
            {
                return entries;
            }

            using var reader = new StreamReader(Path, Encoding.UTF8);
            if (reader.ReadLine() != Format || reader.ReadLine() != "machine " + machine)
            {
                return entries;
            }

            var ended = false;
            while (reader.ReadLine() is { } line)
            {
                if (line == "end")
                {
                    ended = true;
                    break;
                }

                if (Parse(line) is not { } parsed)
                {
                    return [];
                }

                var (hash, saved) = parsed;

                if (saved.MeasuredAt <= now && now - saved.MeasuredAt < Expiry)
                {
                    entries[hash] = saved;
                }
            }

            // A file without its closing line, or with anything after it, was not written whole by us.
            return ended && reader.ReadLine() is null ? entries : [];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            return [];
        }
    }

    /// <summary>Saves <paramref name="entries"/> in place of what the file held (the newest ones, when there are very many).</summary>
    public void Write(IReadOnlyDictionary<string, SavedTime> entries)
    {
        var temporary = $"{Path}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
            using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                writer.Write($"{Format}\nmachine {machine}\n");
                foreach (var (hash, saved) in entries.OrderByDescending(entry => entry.Value.MeasuredAt).Take(MostEntries))
                {
                    writer.Write(string.Create(CultureInfo.InvariantCulture, $"{hash} {saved.Time.Ticks} {saved.MeasuredAt.ToUnixTimeSeconds()}\n"));
                }

                writer.Write("end\n");
            }

            File.Move(temporary, Path, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The cache only saves time: a full disk or a read-only folder must not fail a check.
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Left behind, a .tmp file is never read as the cache.
            }
        }
    }

    private static (string Hash, SavedTime Saved)? Parse(string line)
    {
        var parts = line.Split(' ');
        if (parts.Length != 3
            || parts[0].Length != 64
            || !parts[0].All(char.IsAsciiHexDigitLower)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks > Longest.Ticks
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return null;
        }

        return (parts[0], new SavedTime(TimeSpan.FromTicks(ticks), DateTimeOffset.FromUnixTimeSeconds(seconds)));
    }
}
