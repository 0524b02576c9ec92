namespace Autograder.Cli;

/// <summary>
/// Progress as plain lines, for logs and pipes: each submission's row, in batch order, as soon as it and every
/// submission before it are finished, so the log reads the same whatever the number of jobs.
/// </summary>
internal sealed class PlainBatchProgress(TextWriter console, BatchTable table, IReadOnlyList<Submission> submissions) : IBatchProgress
{
    private readonly Lock _lock = new();
    private readonly string?[] _lines = new string?[submissions.Count];
    private readonly Dictionary<Submission, int> _positions = submissions.Select((submission, position) => (submission, position)).ToDictionary(pair => pair.submission, pair => pair.position);
    private int _printed;

    public void Started(Submission submission)
    {
    }

    public void CaseStarted(Submission submission, int index, int count, string caseName)
    {
    }

    public void Finished(Submission submission, GradeRecord record, bool resumed) => Complete(submission, table.Row(record, resumed));

    public void Failed(Submission submission, Exception error) => Complete(submission, table.Failure(submission, error));

    private void Complete(Submission submission, string line)
    {
        lock (_lock)
        {
            _lines[_positions[submission]] = line;
            while (_printed < _lines.Length && _lines[_printed] is { } ready)
            {
                console.WriteLine(ready);
                _printed++;
            }
        }
    }
}
