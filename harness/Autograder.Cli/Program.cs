using System.CommandLine;
using Autograder.Cli;

var verbose = new Option<bool>("--verbose") { Description = "Show stack traces for errors.", Recursive = true };
var root = new RootCommand("Autograder: grades zone-allocator submissions against a reference, case by case.")
{
    GradeCommand.Create(),
    CheckCommand.Create(),
    ImportTraceCommand.Create(),
    MergeCommand.Create(),
    CasesCommand.Create(),
    MinimizeCommand.Create(),
    PackageCommand.Create(),
    verbose,
}.With(
    ("autograder grade", "grade the bundled samples into ./out"),
    ("autograder check path/to/my/submission", "a student's self-check on the public cases"),
    ("autograder grade --help", "every option of a command"));

CommandExamples.Install(root);

var parse = root.Parse(args);
try
{
    // Errors are ours to print: one line for what the user can fix, a stack trace only with --verbose.
    return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (UserInputException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    if (parse.GetValue(verbose))
    {
        Console.Error.WriteLine(e);
    }

    return ExitCodes.UserError;
}
catch (Exception e)
{
    Console.Error.WriteLine($"internal error: {e.Message}");
    Console.Error.WriteLine(parse.GetValue(verbose) ? e.ToString() : "Run again with --verbose for the stack trace, and report it as a bug.");
    return ExitCodes.InternalError;
}
