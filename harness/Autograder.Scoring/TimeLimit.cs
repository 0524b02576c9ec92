using System.Globalization;

namespace Autograder.Scoring;

/// <summary>How long one case may run: a number of seconds, or <see cref="Auto"/> for a limit the runner calibrates.</summary>
public sealed record TimeLimit
{
    /// <summary>The longest limit a rubric may set, in seconds.</summary>
    public const double MaxSeconds = 3600;

    private TimeLimit(double? seconds) => Seconds = seconds;

    /// <summary>A limit the runner calibrates on this machine (<c>"auto"</c> in grading.json).</summary>
    public static TimeLimit Auto { get; } = new((double?)null);

    /// <summary>The limit in seconds; null when it is <see cref="Auto"/>.</summary>
    public double? Seconds { get; }

    /// <summary>Whether the runner calibrates the limit.</summary>
    public bool IsAuto => Seconds is null;

    /// <summary>The limit as a duration; null when it is <see cref="Auto"/>.</summary>
    public TimeSpan? Duration => Seconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null;

    /// <summary>A fixed limit of <paramref name="seconds"/> seconds, more than 0 and at most <see cref="MaxSeconds"/>.</summary>
    public static TimeLimit FromSeconds(double seconds) => seconds is > 0 and <= MaxSeconds
        ? new TimeLimit(seconds)
        : throw new ArgumentOutOfRangeException(nameof(seconds), seconds, $"a time limit is more than 0 and at most {MaxSeconds} seconds");

    /// <summary><c>auto</c>, or the seconds as grading.json writes them.</summary>
    public override string ToString() => Seconds is { } seconds ? seconds.ToString(CultureInfo.InvariantCulture) + " s" : "auto";
}
