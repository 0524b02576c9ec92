using System.Diagnostics;
using System.Globalization;

namespace Autograder.Isolation;

/// <summary>
/// The command line that starts a worker: plain, or inside bubblewrap with no network, a read-only view
/// of the runtime, the worker and the submission only, a private /tmp, no capabilities, an unprivileged
/// user of its own (when the grader runs as root), and limits on memory and processes.
/// </summary>
internal static class WorkerCommand
{
    private const int FirstWorkerUid = 61000;
    private const int WorkerUids = 4000;
    private static int _workersStarted;

    /// <summary>Whether workers started with <paramref name="options"/> run in the sandbox here.</summary>
    public static bool IsSandboxed(WorkerOptions options) => options.Sandbox && SandboxAvailability.Works;

    public static ProcessStartInfo Build(WorkerStage stage, WorkerOptions options)
    {
        var workerFolder = WorkerFolder(options);
        var worker = Path.Combine(workerFolder, "Autograder.Worker.dll");
        var dotnet = DotnetHost();
        var workerArguments = new[] { worker, stage.AssemblyPath, stage.PdbPath ?? "-", stage.ProgressPath };
        var environment = new Dictionary<string, string>
        {
            ["DOTNET_GCHeapHardLimit"] = options.ManagedHeapLimit.ToString("x", CultureInfo.InvariantCulture),
            ["DOTNET_gcServer"] = "0",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1",
        };
        foreach (var (name, value) in options.RuntimeSettings)
        {
            environment[name] = value;
        }

        var sandboxed = IsSandboxed(options);
        var start = new ProcessStartInfo
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = stage.Root,
        };

        if (!sandboxed)
        {
            start.FileName = dotnet;
            foreach (var argument in workerArguments)
            {
                start.ArgumentList.Add(argument);
            }

            foreach (var (name, value) in environment)
            {
                start.Environment[name] = value;
            }

            return start;
        }

        var command = new List<string>();
        if (SandboxAvailability.Prlimit is { } prlimit)
        {
            command.AddRange([prlimit, $"--nproc={options.ProcessLimit}", "--core=0", "--"]);
        }

        if (SandboxAvailability.CanDropPrivileges)
        {
            // Each worker runs as a user of its own: workers sharing a user could signal each other.
            var uid = FirstWorkerUid + (Interlocked.Increment(ref _workersStarted) % WorkerUids);
            command.AddRange(["setpriv", $"--reuid={uid}", $"--regid={uid}", "--clear-groups", "--"]);
        }

        command.Add(SandboxAvailability.Bubblewrap!);
        command.AddRange(["--ro-bind", "/usr", "/usr"]);
        foreach (var top in new[] { "/lib", "/lib64", "/bin", "/sbin" })
        {
            AddTopLevel(command, top);
        }

        // Folders are mounted at the paths they have outside, so a debugger attached from outside finds
        // every module where the worker loaded it.
        var dotnetRoot = Path.GetDirectoryName(Path.GetFullPath(dotnet))!;
        if (!dotnetRoot.StartsWith("/usr/", StringComparison.Ordinal))
        {
            command.AddRange(["--ro-bind", dotnetRoot, dotnetRoot]);
        }

        command.AddRange(["--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"]);
        command.AddRange(["--ro-bind", workerFolder, workerFolder]);
        command.AddRange(["--ro-bind", stage.SubmissionFolder, stage.SubmissionFolder]);
        command.AddRange(["--bind", stage.ChannelFolder, stage.ChannelFolder]);
        // Not the PID namespace (see Confinement): separate users keep workers from signalling others.
        command.AddRange(SandboxAvailability.Confinement);
        command.Add("--clearenv");
        command.AddRange(["--setenv", "HOME", "/tmp", "--setenv", "PATH", "/usr/bin:/bin", "--chdir", "/tmp"]);
        foreach (var (name, value) in environment)
        {
            command.AddRange(["--setenv", name, value]);
        }

        command.Add("--");
        command.Add(dotnet);
        command.AddRange(workerArguments);
        start.FileName = command[0];
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    // The worker precompiled for this machine, which the build publishes into 'worker' (see
    // Autograder.Isolation.csproj), when it is there; otherwise the plain one copied beside the grader.
    private static string WorkerFolder(WorkerOptions options)
    {
        var folder = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var precompiled = Path.Combine(folder, "worker");
        return options.PreferPrecompiledWorker && File.Exists(Path.Combine(precompiled, "Autograder.Worker.dll")) ? precompiled : folder;
    }

    // Debian links /lib and friends into /usr; elsewhere they are real folders to mount.
    private static void AddTopLevel(List<string> command, string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is { } target)
        {
            command.AddRange(["--symlink", target, path]);
        }
        else if (Directory.Exists(path))
        {
            command.AddRange(["--ro-bind", path, path]);
        }
    }

    private static string DotnetHost()
    {
        var host = Environment.ProcessPath;
        if (host is not null && Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            return Path.GetFullPath(new FileInfo(host).LinkTarget is null ? host : new FileInfo(host).ResolveLinkTarget(returnFinalTarget: true)!.FullName);
        }

        // Started through an apphost: the runtime's own folder is three levels below the dotnet root.
        var runtimeFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return Path.GetFullPath(Path.Combine(runtimeFolder, "..", "..", "..", OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet"));
    }
}
