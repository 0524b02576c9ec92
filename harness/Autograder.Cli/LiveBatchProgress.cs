using System.Collections.Concurrent;
using System.Globalization;
using Spectre.Console;

namespace Autograder.Cli;

/// <summary>
/// Progress for a person at a terminal: a live bar of submissions done with the failures so far, a line per
/// submission under way with its current case, and each submission's row printed above as it finishes.
/// </summary>
internal sealed class LiveBatchProgress : IBatchProgress
{
    private readonly ProgressContext _context;
    private readonly ProgressTask _overall;
    private readonly BatchTable _table;
    private readonly ConcurrentDictionary<Submission, ProgressTask> _running = new();
    private readonly int _total;
    private int _done;
    private int _withFailures;
    private int _notGraded;

    private LiveBatchProgress(ProgressContext context, BatchTable table, int total)
    {
        _context = context;
        _table = table;
        _total = total;
        _overall = context.AddTask(Describe(), maxValue: Math.Max(1, total));
    }

    /// <summary>Whether the live display suits this console: a terminal that is not a CI log.</summary>
    public static bool Suits(TextWriter console) =>
        console == Console.Out
        && !Console.IsOutputRedirected
        && Environment.GetEnvironmentVariable("CI") is null or "" or "false"
        && AnsiConsole.Profile.Capabilities.Interactive;

    /// <summary>Runs <paramref name="batch"/> under a live display that it reports to.</summary>
    public static T Show<T>(BatchTable table, int total, Func<IBatchProgress, T> batch) =>
        AnsiConsole.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context => batch(new LiveBatchProgress(context, table, total)));

    public void Started(Submission submission) =>
        _running[submission] = _context.AddTask(Markup.Escape(submission.Name), maxValue: 1);

    public void CaseStarted(Submission submission, int index, int count, string caseName)
    {
        if (_running.TryGetValue(submission, out var task))
        {
            task.MaxValue = count;
            task.Value = index;
            task.Description = Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"  {submission.Name}: case {index + 1}/{count} {caseName}"));
        }
    }

    public void Finished(Submission submission, GradeRecord record, bool resumed)
    {
        var failed = record.Row.Problem is not null || record.Row.FailedCount > 0;
        var line = Markup.Escape(_table.Row(record, resumed));
        AnsiConsole.MarkupLine(record.Row.Problem is not null ? $"[red]{line}[/]" : failed ? $"[yellow]{line}[/]" : $"[green]{line}[/]");
        Count(record.Row.Problem is not null, failed);
        Stop(submission);
    }

    public void Failed(Submission submission, Exception error)
    {
        AnsiConsole.MarkupLine($"[red]{Markup.Escape(_table.Failure(submission, error))}[/]");
        Count(notGraded: true, failed: true);
        Stop(submission);
    }

    private void Count(bool notGraded, bool failed)
    {
        Interlocked.Increment(ref _done);
        if (failed)
        {
            Interlocked.Increment(ref _withFailures);
        }

        if (notGraded)
        {
            Interlocked.Increment(ref _notGraded);
        }

        _overall.Value = Volatile.Read(ref _done);
        _overall.Description = Describe();
    }

    private void Stop(Submission submission)
    {
        if (_running.TryRemove(submission, out var task))
        {
            task.Value = task.MaxValue;
            task.StopTask();
        }
    }

    private string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"[bold]Graded {Volatile.Read(ref _done)}/{_total}[/]  [yellow]{Volatile.Read(ref _withFailures)} with failures[/]  [red]{Volatile.Read(ref _notGraded)} not graded[/]");
}
