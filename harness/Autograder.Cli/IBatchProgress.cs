namespace Autograder.Cli;

/// <summary>What a running batch tells the person watching it. Called from several grading threads at once.</summary>
internal interface IBatchProgress
{
    /// <summary>A job started grading <paramref name="submission"/>.</summary>
    void Started(Submission submission);

    /// <summary><paramref name="submission"/>'s case number <paramref name="index"/> (from 0) of <paramref name="count"/> is starting.</summary>
    void CaseStarted(Submission submission, int index, int count, string caseName);

    /// <summary><paramref name="submission"/> is finished: graded now, or <paramref name="resumed"/> from an earlier run.</summary>
    void Finished(Submission submission, GradeRecord record, bool resumed);

    /// <summary>The grader itself failed on <paramref name="submission"/>; it is not finished.</summary>
    void Failed(Submission submission, Exception error);
}
