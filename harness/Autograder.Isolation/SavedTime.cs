namespace Autograder.Isolation;

/// <summary>A yardstick time on one case, and when it was measured.</summary>
internal readonly record struct SavedTime(TimeSpan Time, DateTimeOffset MeasuredAt);
