namespace Autograder.Cli;

/// <summary>What <c>autograder grade</c> was asked to do.</summary>
/// <param name="Paths">The submissions as given; empty for the bundled samples.</param>
/// <param name="RubricPath">--rubric, or null for the repository's grading.json.</param>
/// <param name="CasesFolder">--cases, or null.</param>
/// <param name="OutputFolder">--out.</param>
/// <param name="Jobs">--jobs: submissions graded at once.</param>
/// <param name="Shard">--shard: this run's share of the batch.</param>
/// <param name="Regrade">--regrade: ignore results of an earlier run.</param>
/// <param name="TemplatesFolder">--templates, or null for the built-in ones.</param>
/// <param name="Verbose">--verbose: stack traces with errors.</param>
internal sealed record GradeSettings(
    string[] Paths,
    string? RubricPath,
    string? CasesFolder,
    string OutputFolder,
    int Jobs,
    Shard Shard,
    bool Regrade,
    string? TemplatesFolder,
    bool Verbose);
