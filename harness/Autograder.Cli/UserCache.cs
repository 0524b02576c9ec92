namespace Autograder.Cli;

/// <summary>
/// Where the grader keeps what it can reuse between runs for the person running it: compiled submissions
/// and the time limits calibrated on this machine. Per user (the XDG cache folder, else ~/.cache), so that
/// on a shared lab machine nobody can plant a compiled assembly in someone else's cache.
/// </summary>
internal static class UserCache
{
    /// <summary>The folder of <paramref name="purpose"/>'s cache, e.g. "check".</summary>
    public static string Folder(string purpose)
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var root = !string.IsNullOrEmpty(xdg) ? xdg
            : !string.IsNullOrEmpty(home) ? Path.Combine(home, ".cache")
            : Path.GetTempPath();
        return Path.Combine(root, "autograder", purpose);
    }

    /// <summary>The calibrated time limits of this machine, shared by every command.</summary>
    public static string TimeLimits => Path.Combine(Folder("calibration"), "time-limits.txt");
}
