namespace Autograder.Isolation;

/// <summary>Whether workers can be sandboxed here, and why not when they cannot.</summary>
public static class SandboxAvailability
{
    /// <summary>The bubblewrap executable, or null.</summary>
    public static string? Bubblewrap { get; } = OperatingSystem.IsLinux() ? Find("bwrap") : null;

    /// <summary>Whether this process can drop to an unprivileged user before sandboxing (it runs as root).</summary>
    public static bool CanDropPrivileges { get; } = OperatingSystem.IsLinux() && Environment.UserName == "root" && Find("setpriv") is not null;

    /// <summary>prlimit, to bound processes and CPU time, or null.</summary>
    public static string? Prlimit { get; } = OperatingSystem.IsLinux() ? Find("prlimit") : null;

    /// <summary>Why submissions run unsandboxed here; null when they can be sandboxed.</summary>
    public static string? Missing => !OperatingSystem.IsLinux()
        ? "sandboxing needs Linux"
        : Bubblewrap is null ? "bubblewrap (bwrap) is not installed; install it with 'apt-get install bubblewrap'" : null;

    private static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin")
            .Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
