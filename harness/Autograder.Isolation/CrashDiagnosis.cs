namespace Autograder.Isolation;

/// <summary>
/// Why a worker died, in a sentence and the lines of the runtime's own report that matter: "Fatal error.
/// System.AccessViolationException ... at Student.ZoneAllocator.Zalloc", "Stack overflow. Repeated N times".
/// </summary>
internal static class CrashDiagnosis
{
    private const int MaxLines = 16;

    public static string Describe(int? exitCode, string standardError)
    {
        var report = RuntimeReport(standardError);
        var how = exitCode switch
        {
            null => "the worker process stopped answering and was killed",
            0 => "the worker process exited with code 0 in the middle of the case: something called Environment.Exit or ended the process",
            > 128 and < 160 => $"the worker process was killed by signal {exitCode - 128} ({SignalName(exitCode.Value - 128)})",
            _ => $"the worker process exited with code {exitCode}",
        };
        return report.Length == 0 ? how : $"{how}:\n{report}";
    }

    // The runtime starts its report with one of these lines; the frames below it say where.
    private static string RuntimeReport(string standardError)
    {
        var lines = standardError.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r')).ToList();
        var start = lines.FindLastIndex(line =>
            line.StartsWith("Fatal error", StringComparison.Ordinal)
            || line.StartsWith("Stack overflow", StringComparison.Ordinal)
            || line.StartsWith("Unhandled exception", StringComparison.Ordinal)
            || line.StartsWith("Process terminated", StringComparison.Ordinal)
            || line.StartsWith("Out of memory", StringComparison.Ordinal)
            || line.Contains("OutOfMemoryException", StringComparison.Ordinal));
        if (start < 0)
        {
            return string.Join('\n', lines.TakeLast(4).Select(line => "    " + line));
        }

        // A stack overflow repeats the same frames thousands of times; keep the first screenful.
        var report = lines.Skip(start).Where(line => !IsGraderFrame(line)).Take(MaxLines).Select(line => "    " + line.Trim());
        return string.Join('\n', report);
    }

    // Frames of the worker and the executor say nothing to a student.
    private static bool IsGraderFrame(string line) =>
        line.TrimStart().StartsWith("at Autograder.", StringComparison.Ordinal) || line.Contains("Program.<Main>$", StringComparison.Ordinal);

    private static string SignalName(int signal) => signal switch
    {
        6 => "SIGABRT: the runtime aborted",
        9 => "SIGKILL: out of memory, or killed from outside",
        11 => "SIGSEGV: a bad memory access",
        24 => "SIGXCPU: the CPU time limit",
        _ => $"signal {signal}",
    };
}
