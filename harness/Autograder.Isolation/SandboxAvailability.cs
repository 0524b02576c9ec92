using System.Diagnostics;

namespace Autograder.Isolation;

/// <summary>Whether workers can be sandboxed here, and why not when they cannot.</summary>
public static class SandboxAvailability
{
    // Where bubblewrap is installed but may not make namespaces (a container without user namespaces, a
    // kernel that forbids them), every worker would fail to start and every case would score zero. One
    // sandbox of the worker's kind, running 'true', says which it is; it takes a few milliseconds, once.
    private static readonly Lazy<string?> ProbeProblem = new(Probe);

    /// <summary>
    /// bubblewrap's arguments that confine a worker: every namespace but the PID one (ClrMD attaching from outside
    /// needs the worker's thread ids to be the host's, to read the stack of a hung case), no capabilities, and
    /// no life beyond the grader's. The probe uses the same, so that it fails where a worker would.
    /// </summary>
    internal static IReadOnlyList<string> Confinement { get; } =
    [
        "--unshare-user", "--unshare-ipc", "--unshare-net", "--unshare-uts", "--unshare-cgroup-try",
        "--cap-drop", "ALL", "--die-with-parent", "--new-session",
    ];

    /// <summary>The bubblewrap executable, or null.</summary>
    public static string? Bubblewrap { get; } = OperatingSystem.IsLinux() ? Find("bwrap") : null;

    /// <summary>Whether this process can drop to an unprivileged user before sandboxing (it runs as root).</summary>
    public static bool CanDropPrivileges { get; } = OperatingSystem.IsLinux() && Environment.UserName == "root" && Find("setpriv") is not null;

    /// <summary>prlimit, to bound processes and CPU time, or null.</summary>
    public static string? Prlimit { get; } = OperatingSystem.IsLinux() ? Find("prlimit") : null;

    /// <summary>Why submissions run unsandboxed here; null when they can be sandboxed.</summary>
    public static string? Missing => !OperatingSystem.IsLinux()
        ? "sandboxing needs Linux"
        : Bubblewrap is null ? "bubblewrap (bwrap) is not installed; install it with 'apt-get install bubblewrap'"
        : ProbeProblem.Value;

    /// <summary>Whether workers can run in the sandbox here.</summary>
    public static bool Works => Missing is null;

    private static string? Probe()
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        var command = new List<string>();
        if (CanDropPrivileges)
        {
            command.AddRange(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"]);
        }

        command.AddRange([Bubblewrap!, "--ro-bind", "/", "/", "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"]);
        command.AddRange(Confinement);
        command.AddRange(["--", "true"]);
        start.FileName = command[0];
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            // Both read without blocking, so that a bubblewrap that hangs is stopped by the wait below.
            var error = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(20)))
            {
                process.Kill(entireProcessTree: true);
                return "bubblewrap is installed but did not start a sandbox within 20 s";
            }

            var reason = error.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
            return process.ExitCode == 0
                ? null
                : $"bubblewrap is installed but cannot build its sandbox here, saying \"{reason ?? $"exit code {process.ExitCode}"}\"; in a container, allow user namespaces, or grade on the host";
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException)
        {
            return $"bubblewrap is installed but could not be started ({e.Message})";
        }
    }

    private static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin")
            .Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
