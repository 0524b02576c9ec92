using Autograder.Cases;

namespace Autograder.Isolation.Tests;

/// <summary>
/// The saved yardstick times: a second calibration on the same machine takes them instead of timing the
/// yardstick, and a cache that is damaged, stale, from another machine or unwritable only costs the time
/// of measuring again, never an error.
/// </summary>
public sealed class TimeLimitCalibrationCacheTests
{
    private const string ThisMachine = "this-machine";

    private static readonly CaseDefinition Small = new CaseBuilder("small-case").Zone("z", 64).Alloc("a", "z", 8).Free("z", "a").Destroy("z").Build();

    private static readonly CaseDefinition Other = new CaseBuilder("other-case").Zone("z", 128).Alloc("a", "z", 16).Destroy("z").Build();

    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact(Timeout = 120_000)]
    public async Task A_second_calibration_takes_every_time_from_the_cache_and_gives_the_same_limits()
    {
        await Task.Yield();
        using var folder = new TempFolder();
        var cache = new CalibrationCache(Path.Combine(folder.Path, "time-limits.txt"), ThisMachine);

        var first = Calibrate([Small, Other], cache, Monday);
        var second = Calibrate([Small, Other], cache, Monday.AddHours(1));

        Assert.Equal(2, first.CasesTimed);
        Assert.Equal(0, second.CasesTimed);
        Assert.Equal(first.LimitOf(Small), second.LimitOf(Small));
        Assert.Equal(first.LimitOf(Other), second.LimitOf(Other));
    }

    [Fact(Timeout = 120_000)]
    public async Task Only_a_case_whose_operations_changed_is_timed_again()
    {
        await Task.Yield();
        using var folder = new TempFolder();
        var cache = new CalibrationCache(Path.Combine(folder.Path, "time-limits.txt"), ThisMachine);
        Calibrate([Small, Other], cache, Monday);
        var reworded = Small with { Name = "small-case-renamed", Description = "The same steps, said differently." };
        var changed = new CaseBuilder("other-case").Zone("z", 128).Alloc("a", "z", 24).Destroy("z").Build();

        var again = Calibrate([reworded, changed], cache, Monday.AddMinutes(5));

        Assert.Equal(1, again.CasesTimed);
    }

    [Theory(Timeout = 120_000)]
    [InlineData("not a cache at all")]
    [InlineData("autograder-time-limits 1\nmachine this-machine\n")]
    [InlineData("autograder-time-limits 1\nmachine this-machine\nzz 12 34\nend\n")]
    [InlineData("autograder-time-limits 1\nmachine this-machine\nend\nmore after the end\n")]
    [InlineData("\0\0\0\u00ff\u00fe binary junk")]
    public async Task A_damaged_cache_file_is_ignored_and_rewritten(string damaged)
    {
        await Task.Yield();
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "time-limits.txt");
        File.WriteAllText(path, damaged);
        var cache = new CalibrationCache(path, ThisMachine);

        var first = Calibrate([Small], cache, Monday);
        var second = Calibrate([Small], cache, Monday.AddMinutes(1));

        Assert.Equal(1, first.CasesTimed);
        Assert.Equal(0, second.CasesTimed);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_cache_file_cut_short_is_not_believed()
    {
        await Task.Yield();
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "time-limits.txt");
        var cache = new CalibrationCache(path, ThisMachine);
        Calibrate([Small, Other], cache, Monday);
        var whole = File.ReadAllText(path);
        File.WriteAllText(path, whole[..(whole.LastIndexOf('\n', whole.Length - 2) - 5)]);

        var again = Calibrate([Small, Other], cache, Monday.AddMinutes(1));

        Assert.Equal(2, again.CasesTimed);
    }

    [Fact(Timeout = 120_000)]
    public async Task Times_older_than_the_expiry_are_measured_again()
    {
        await Task.Yield();
        using var folder = new TempFolder();
        var cache = new CalibrationCache(Path.Combine(folder.Path, "time-limits.txt"), ThisMachine);
        Calibrate([Small], cache, Monday);

        var withinAWeek = Calibrate([Small], cache, Monday + CalibrationCache.Expiry - TimeSpan.FromMinutes(1));
        var afterAWeek = Calibrate([Small], cache, Monday + CalibrationCache.Expiry + TimeSpan.FromMinutes(1));

        Assert.Equal(0, withinAWeek.CasesTimed);
        Assert.Equal(1, afterAWeek.CasesTimed);
    }

    [Fact(Timeout = 120_000)]
    public async Task Times_measured_on_another_machine_or_build_are_not_used()
    {
        await Task.Yield();
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "time-limits.txt");
        Calibrate([Small], new CalibrationCache(path, "another-machine"), Monday);

        var here = Calibrate([Small], new CalibrationCache(path, ThisMachine), Monday.AddMinutes(1));

        Assert.Equal(1, here.CasesTimed);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_cache_that_cannot_be_written_still_gives_limits()
    {
        await Task.Yield();
        using var folder = new TempFolder();
        var blocker = Path.Combine(folder.Path, "a-file");
        File.WriteAllText(blocker, "a file where the cache folder should be");
        var cache = new CalibrationCache(Path.Combine(blocker, "time-limits.txt"), ThisMachine);

        var calibration = Calibrate([Small], cache, Monday);

        Assert.Equal(1, calibration.CasesTimed);
        Assert.True(calibration.LimitOf(Small) >= TimeLimitCalibration.Floor);
        Assert.Equal(["a-file"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Fact(Timeout = 120_000)]
    public async Task The_public_entry_point_saves_times_under_this_machine()
    {
        await Task.Yield();
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "cache", "time-limits.txt");

        var first = TimeLimitCalibration.Calibrate([Small], path);
        var second = TimeLimitCalibration.Calibrate([Small], path);

        Assert.Equal(1, first.CasesTimed);
        Assert.Equal(0, second.CasesTimed);
        Assert.StartsWith("autograder-time-limits 1\nmachine ", File.ReadAllText(path), StringComparison.Ordinal);
    }

    private static TimeLimitCalibration Calibrate(IEnumerable<CaseDefinition> cases, CalibrationCache cache, DateTimeOffset now) =>
        TimeLimitCalibration.Calibrate(cases, cache, new FixedTime(now));

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
