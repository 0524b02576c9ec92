using System.Globalization;

namespace Autograder.Isolation;

/// <summary>
/// A cgroup (v1 or v2) of the worker's own, where the grader may create one: a hard memory limit that
/// covers native memory the GC limit cannot see, and a limit on processes and threads. Where cgroups are
/// not writable (a student's laptop, most containers), nothing happens and the other limits stand.
/// </summary>
internal sealed class WorkerCgroup : IDisposable
{
    private readonly List<string> _folders = [];

    private WorkerCgroup()
    {
    }

    /// <summary>Whether any limit is in force.</summary>
    public bool IsLimiting => _folders.Count > 0;

    /// <summary>Creates the cgroup with the limits, or an empty one when cgroups are not writable.</summary>
    public static WorkerCgroup Create(ulong memoryBytes, int processes)
    {
        var group = new WorkerCgroup();
        if (!OperatingSystem.IsLinux())
        {
            return group;
        }

        var name = "autograder-worker-" + Guid.NewGuid().ToString("N")[..12];
        if (File.Exists("/sys/fs/cgroup/cgroup.controllers"))
        {
            group.TryCreate(Path.Combine(OwnV2Path(), name), ("memory.max", Number(memoryBytes)), ("pids.max", Number((ulong)processes)));
        }
        else
        {
            group.TryCreate(Path.Combine(OwnV1Path("memory"), name), ("memory.limit_in_bytes", Number(memoryBytes)));
            group.TryCreate(Path.Combine(OwnV1Path("pids"), name), ("pids.max", Number((ulong)processes)));
        }

        return group;
    }

    /// <summary>Moves <paramref name="processId"/> (and the threads it starts from now on) into the cgroup.</summary>
    public void Add(int processId)
    {
        foreach (var folder in _folders)
        {
            try
            {
                File.WriteAllText(Path.Combine(folder, "cgroup.procs"), Number((ulong)processId));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process is gone already, or the cgroup refuses it: the other limits still hold.
            }
        }
    }

    public void Dispose()
    {
        foreach (var folder in _folders)
        {
            try
            {
                Directory.Delete(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Still holds a dying process; the kernel removes an empty cgroup's folder on the next try.
            }
        }
    }

    private void TryCreate(string folder, params (string File, string Value)[] limits)
    {
        try
        {
            Directory.CreateDirectory(folder);
            _folders.Add(folder);
            foreach (var (file, value) in limits)
            {
                File.WriteAllText(Path.Combine(folder, file), value);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not ours to create: run without this limit.
        }
    }

    private static string OwnV2Path() =>
        "/sys/fs/cgroup" + (File.ReadLines("/proc/self/cgroup").FirstOrDefault(line => line.StartsWith("0::", StringComparison.Ordinal))?[3..] ?? "/");

    private static string OwnV1Path(string controller)
    {
        var own = File.ReadLines("/proc/self/cgroup")
            .Select(line => line.Split(':', 3))
            .FirstOrDefault(parts => parts.Length == 3 && parts[1].Split(',').Contains(controller))?[2] ?? "/";
        return $"/sys/fs/cgroup/{controller}{own}";
    }

    private static string Number(ulong value) => value.ToString(CultureInfo.InvariantCulture);
}
