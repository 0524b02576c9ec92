using System.Text;
using Microsoft.Diagnostics.Runtime;

namespace Autograder.Isolation;

/// <summary>
/// Where a hung worker's code is: attaches to it, suspended, with ClrMD and walks the managed stack of
/// the thread running the submission (or, failing that, of every thread that runs managed code).
/// </summary>
internal static class HangDiagnosis
{
    private const int MaxFrames = 12;

    public static string Describe(int launchedProcessId, string submissionModule)
    {
        var target = WorkerProcessId(launchedProcessId);
        try
        {
            using var dataTarget = DataTarget.AttachToProcess(target, suspend: true);
            var runtime = dataTarget.ClrVersions.FirstOrDefault()?.CreateRuntime();
            if (runtime is null)
            {
                return "(no .NET runtime found in the worker)";
            }

            var stacks = runtime.Threads
                .Select(thread => thread.EnumerateStackTrace().Where(frame => frame.Method is not null).Select(frame => frame.Method!).ToList())
                .Where(frames => frames.Count > 0)
                .ToList();
            var submission = stacks.Where(frames => frames.Any(method => IsSubmission(method, submissionModule))).ToList();
            var text = new StringBuilder();
            foreach (var frames in submission.Count > 0 ? submission : stacks.Take(1))
            {
                foreach (var method in frames.TakeWhile(method => !IsGrader(method)).Take(MaxFrames))
                {
                    text.Append("    at ").Append(method.Signature ?? method.Name).Append('\n');
                }

                text.Append('\n');
            }

            return text.ToString().TrimEnd('\n');
        }
        catch (Exception e) when (e is ClrDiagnosticsException or IOException or UnauthorizedAccessException or InvalidOperationException or NotSupportedException)
        {
            return $"(the stack could not be read: {e.Message})";
        }
    }

    // A submission is loaded from memory, so its module may have no file name; its types are the ones
    // that belong to neither the grader nor the framework.
    private static bool IsSubmission(ClrMethod method, string submissionModule) =>
        method.Type?.Module?.Name is { Length: > 0 } module
            ? Path.GetFileNameWithoutExtension(module).Equals(submissionModule, StringComparison.OrdinalIgnoreCase)
            : !IsGrader(method) && method.Type?.Name?.StartsWith("System.", StringComparison.Ordinal) == false;

    private static bool IsGrader(ClrMethod method) =>
        method.Type?.Name is { } name && (name.StartsWith("Autograder.", StringComparison.Ordinal) || name.StartsWith("Zones.Heap.", StringComparison.Ordinal));

    // Sandboxed, the process started is prlimit/setpriv/bwrap; the runtime runs in a descendant.
    internal static int WorkerProcessId(int launched)
    {
        var pending = new Queue<int>([launched]);
        while (pending.Count > 0)
        {
            var pid = pending.Dequeue();
            if (File.Exists($"/proc/{pid}/comm") && File.ReadAllText($"/proc/{pid}/comm").Trim() == "dotnet")
            {
                return pid;
            }

            foreach (var task in Directory.Exists($"/proc/{pid}/task") ? Directory.EnumerateDirectories($"/proc/{pid}/task") : [])
            {
                var children = Path.Combine(task, "children");
                foreach (var child in File.Exists(children) ? File.ReadAllText(children).Split(' ', StringSplitOptions.RemoveEmptyEntries) : [])
                {
                    pending.Enqueue(int.Parse(child, System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }

        return launched;
    }
}
