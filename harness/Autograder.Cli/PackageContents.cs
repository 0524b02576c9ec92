namespace Autograder.Cli;

/// <summary>What went into a grading package, for the command's summary.</summary>
/// <param name="GraderFiles">The grader's files.</param>
/// <param name="RubricFiles">The rubric and the files it reads.</param>
/// <param name="Cases">The rubric's cases.</param>
/// <param name="HiddenCases">Of those, the ones students do not see.</param>
/// <param name="Templates">The report templates.</param>
internal sealed record PackageContents(int GraderFiles, int RubricFiles, int Cases, int HiddenCases, int Templates);
