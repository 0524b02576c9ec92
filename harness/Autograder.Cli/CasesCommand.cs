using System.CommandLine;

namespace Autograder.Cli;

/// <summary>
/// <c>autograder cases list|validate|show</c>: the rubric's cases as a table, every problem in the case files
/// and the rubric, and a case stepped through on the reference allocator.
/// </summary>
internal static class CasesCommand
{
    /// <summary>How many steps <c>cases show</c> prints unless told otherwise.</summary>
    public const int DefaultShownSteps = 50;

    public static Command Create() =>
        new Command("cases", "List the rubric's cases, check every case file, or step through a case on the reference allocator.")
        {
            List(), Validate(), Show(),
        }.With(
            ("autograder cases list", "the suite with points and visibility"),
            ("autograder cases validate", "every case file and the rubric checked"),
            ("autograder cases show first-fit-takes-the-lowest-hole", "what the reference does, step by step"));

    private static Option<string?> RubricOption() =>
        new("--rubric") { Description = "The rubric (grading.json) whose cases to use. Default: the repository's grading.json." };

    private static Command List()
    {
        var rubric = RubricOption();
        var command = new Command("list", "The rubric's cases as a table: name, points, visibility, steps and what each tests, hidden cases too.")
        {
            rubric,
        }.With(
            ("autograder cases list", "the repository's grading.json"),
            ("autograder cases list --rubric course/grading.json", "another rubric"));
        command.SetAction(parse => CaseListing.Run(parse.GetValue(rubric), parse.InvocationConfiguration.Output));
        return command;
    }

    private static Command Validate()
    {
        var rubric = RubricOption();
        var cases = new Option<string?>("--cases") { Description = "Check every .case file under this folder instead of a rubric's." };
        var command = new Command(
            "validate",
            "Report every problem in the rubric and its case files, one line each with file:line and what to fix, "
            + "expectations ('-> ...') the reference does not agree with included. Exits with 2 when there is one.")
        {
            rubric, cases,
        }.With(
            ("autograder cases validate", "the repository's grading.json and its cases"),
            ("autograder cases validate --rubric course/grading.json", "another rubric"),
            ("autograder cases validate --cases my-cases/", "every .case file in a folder"));
        command.SetAction(parse => CaseValidation.Run(parse.GetValue(rubric), parse.GetValue(cases), parse.InvocationConfiguration.Output));
        return command;
    }

    private static Command Show()
    {
        var @case = new Argument<string>("case") { Description = "A visible case's name ('autograder cases list' shows them), or the path of a .case file." };
        var rubric = RubricOption();
        var steps = new Option<int>("--steps") { Description = "Show at most this many steps, from the first.", DefaultValueFactory = _ => DefaultShownSteps };
        var command = new Command(
            "show",
            "Step through a case on the reference allocator: each step as written, what the reference returns, and the zone after it. "
            + "Hidden cases are refused by name; an instructor passes the file.")
        {
            @case, rubric, steps,
        }.With(
            ("autograder cases show first-fit-takes-the-lowest-hole", "a public case by name"),
            ("autograder cases show cases/public/29-random-small-trace.case --steps 200", "a long case, 200 steps of it"),
            ("autograder cases show autograder-check/coalesce-both-sides.case", "a shortest failing case that check wrote"));
        command.SetAction(parse => CaseWalkthroughText.Run(parse.GetValue(@case)!, parse.GetValue(rubric), parse.GetValue(steps), parse.InvocationConfiguration.Output));
        return command;
    }
}
