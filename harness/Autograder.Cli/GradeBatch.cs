using System.Globalization;
using Autograder.Reports;
using Autograder.Scoring;

namespace Autograder.Cli;

/// <summary>
/// Grades a batch of submissions on several threads, each submission's cases in worker processes of its
/// own. Each finished submission's reports are written, then its <see cref="GradeRecord"/> last and
/// atomically, so a batch that is killed and run again grades only what had not finished. A grader bug on
/// one submission is reported and leaves the others' results in place.
/// </summary>
internal sealed class GradeBatch(SubmissionGrader grader, Rubric rubric, ReportWriter reports, string outputFolder)
{
    /// <summary>
    /// Which of <paramref name="submissions"/> are already graded in the output folder, unchanged, under the
    /// same rubric and grader: those keep their results unless <paramref name="regrade"/>.
    /// </summary>
    public static BatchPlan Plan(Rubric rubric, string outputFolder, IReadOnlyList<Submission> submissions, int batchSize, bool regrade)
    {
        var rubricFingerprint = ContentFingerprint.OfRubric(rubric);
        var finished = new Dictionary<Submission, GradeRecord>();
        foreach (var submission in submissions)
        {
            if (!regrade
                && GradeRecord.TryRead(Path.Combine(outputFolder, submission.Name), out _) is { } record
                && record.RubricFingerprint == rubricFingerprint
                && record.SubmissionFingerprint == ContentFingerprint.OfSubmission(submission.Path))
            {
                finished[submission] = record;
            }
        }

        return new BatchPlan(submissions, batchSize, rubricFingerprint, finished);
    }

    /// <summary>Grades what <paramref name="plan"/> leaves to grade, <paramref name="jobs"/> submissions at a time.</summary>
    public BatchOutcome Run(BatchPlan plan, int jobs, IBatchProgress progress)
    {
        var records = new GradeRecord?[plan.Submissions.Count];
        var failures = new (Submission, Exception)?[plan.Submissions.Count];
        var next = -1;
        void Work()
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < plan.Submissions.Count)
            {
                var submission = plan.Submissions[index];
                try
                {
                    records[index] = plan.Finished.TryGetValue(submission, out var done)
                        ? Keep(done, submission, plan.BatchSize)
                        : Grade(submission, plan, progress);
                    progress.Finished(submission, records[index]!, resumed: done is not null);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    failures[index] = (submission, e);
                    progress.Failed(submission, e);
                }
            }
        }

        var threads = Enumerable.Range(0, Math.Clamp(jobs, 1, Math.Max(1, plan.Submissions.Count)))
            .Select(n => new Thread(Work) { Name = $"grade-job-{n + 1}", IsBackground = true })
            .ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());
        return new BatchOutcome([.. records.OfType<GradeRecord>()], [.. failures.OfType<(Submission, Exception)>()]);
    }

    private GradeRecord Grade(Submission submission, BatchPlan plan, IBatchProgress progress)
    {
        var folder = Path.Combine(outputFolder, submission.Name);

        // Until the new record is written, this submission is not finished: a kill now means it is graded again.
        if (Directory.Exists(folder))
        {
            File.Delete(Path.Combine(folder, GradeRecord.FileName));
        }

        var fingerprint = ContentFingerprint.OfSubmission(submission.Path);
        progress.Started(submission);
        var result = grader.Grade(submission.Path, submission.Name, (index, name) => progress.CaseStarted(submission, index, rubric.Cases.Count, name));
        var score = result.Problem is { } problem ? Scorer.NotGraded(rubric, problem) : Scorer.Score(rubric, result.Grades, result.Findings);
        var report = new SubmissionReport(result.Name, score, result.Elapsed, result.Sandboxed);
        reports.WriteSubmission(outputFolder, report);
        InstructorNotes.Write(result, outputFolder);
        var record = new GradeRecord(GradeRecord.CurrentFormat, submission.Ordinal, plan.BatchSize, fingerprint, plan.RubricFingerprint, RowOf(result, rubric.Cases.Count), ClassRow.From(report));
        record.WriteInto(folder);
        return record;
    }

    // A kept record moves to the submission's place in this batch (submissions may have been added since).
    private GradeRecord Keep(GradeRecord record, Submission submission, int batchSize) =>
        record.Ordinal == submission.Ordinal && record.BatchSize == batchSize ? record : Rewrite(record with { Ordinal = submission.Ordinal, BatchSize = batchSize }, submission);

    private GradeRecord Rewrite(GradeRecord record, Submission submission)
    {
        record.WriteInto(Path.Combine(outputFolder, submission.Name));
        return record;
    }

    private static ConsoleRow RowOf(SubmissionResult result, int cases)
    {
        if (result.Problem is not null)
        {
            return new ConsoleRow("-", "-", result.Problem.Split('\n')[0]);
        }

        var first = result.Grades.FirstOrDefault(grade => !grade.Verdict.IsCorrect) ?? result.Grades.FirstOrDefault(grade => !grade.Verdict.IsLeakFree);
        return new ConsoleRow(
            string.Create(CultureInfo.InvariantCulture, $"{result.Correct}/{cases}"),
            string.Create(CultureInfo.InvariantCulture, $"{result.LeakFree}/{cases}"),
            first is null ? string.Empty : $"{first.Case.Name}: {GradeCommand.Summary(first)}");
    }
}

/// <summary>A batch before it runs: its submissions, and those already graded.</summary>
/// <param name="Submissions">This run's submissions (this shard's), in batch order.</param>
/// <param name="BatchSize">How many submissions the whole batch has, all shards together.</param>
/// <param name="RubricFingerprint">The rubric's fingerprint, recorded with each result.</param>
/// <param name="Finished">The submissions whose results stand, with their records.</param>
internal sealed record BatchPlan(IReadOnlyList<Submission> Submissions, int BatchSize, string RubricFingerprint, IReadOnlyDictionary<Submission, GradeRecord> Finished);

/// <summary>A batch after it ran.</summary>
/// <param name="Records">The finished submissions' records, in batch order.</param>
/// <param name="Failures">The submissions the grader itself failed on, and how.</param>
internal sealed record BatchOutcome(IReadOnlyList<GradeRecord> Records, IReadOnlyList<(Submission Submission, Exception Error)> Failures);
