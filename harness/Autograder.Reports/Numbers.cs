using System.Globalization;

namespace Autograder.Reports;

/// <summary>Numbers as every report writes them: invariant culture, no trailing zeros.</summary>
internal static class Numbers
{
    /// <summary><paramref name="value"/> without trailing zeros: 3, 2.5, 53.33.</summary>
    public static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;

    public static string Format(decimal value) => Normalize(value).ToString(CultureInfo.InvariantCulture);

    public static string Format(double value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture);

    public static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Seconds(TimeSpan time) => Format(time.TotalSeconds, 2);
}
