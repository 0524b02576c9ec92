using System.CommandLine;

namespace Autograder.Cli;

/// <summary>
/// <c>autograder package gradescope [--rubric FILE] [--templates DIR] --out FILE.zip</c>: this grader, a
/// rubric with all its cases and the report templates, packed for a grading platform.
/// </summary>
internal static class PackageCommand
{
    public static Command Create()
    {
        var rubric = new Option<string?>("--rubric") { Description = "The rubric to grade with; every case file and trace it reads is packed, hidden ones too. Default: the repository's grading.json." };
        var templates = new Option<string?>("--templates") { Description = "A folder of report templates to pack. Default: the repository's reports/, else the built-in ones." };
        var output = new Option<string>("--out") { Description = "The zip to write.", Required = true };
        var gradescope = new Command("gradescope", "Write a Gradescope autograder zip: setup.sh, run_autograder, this grader, the rubric with its cases, the report templates.")
        {
            rubric,
            templates,
            output,
        }.With(
            ("autograder package gradescope --out autograder.zip", "the repository's grading.json and its cases"),
            ("autograder package gradescope --rubric course/grading.json --out hw3.zip", "another rubric"));
        gradescope.SetAction(parse => Gradescope(parse.GetValue(rubric), parse.GetValue(templates), parse.GetValue(output)!, parse.InvocationConfiguration.Output));
        return new Command("package", "Pack this grader, a rubric and its cases for a grading platform.") { gradescope }.With(
            ("autograder package gradescope --out autograder.zip", "upload the zip as the assignment's autograder"));
    }

    private static int Gradescope(string? rubricPath, string? templatesFolder, string zipPath, TextWriter console)
    {
        var root = RepositoryLayout.FindRoot();
        var rubric = rubricPath ?? (root is null
            ? throw new UserInputException("No --rubric given and no repository grading.json here: pass --rubric FILE, the course's grading.json.")
            : Path.Combine(root, "grading.json"));
        if (templatesFolder is not null && !Directory.Exists(templatesFolder))
        {
            throw new UserInputException($"The templates folder '{templatesFolder}' does not exist. Pass --templates with a folder of .hbs templates (see reports/README.md).");
        }

        var templates = templatesFolder ?? (root is null ? null : Path.Combine(root, "reports"));
        var contents = GradescopePackage.Write(zipPath, AppContext.BaseDirectory, rubric, templates is not null && Directory.Exists(templates) ? templates : null);
        console.WriteLine($"Wrote {zipPath}: the grader ({contents.GraderFiles} files), the rubric {rubric} with {contents.Cases} cases ({contents.HiddenCases} hidden) in {contents.RubricFiles} files, {contents.Templates} report templates.");
        console.WriteLine("Upload it as the autograder of a Gradescope programming assignment, and submit a sample solution there before releasing it.");
        console.WriteLine($"To try it here: unzip it, then run AUTOGRADER_HOME=. SUBMISSION_DIR=<a submission> RESULTS_DIR=<a folder> ./run_autograder in that folder.");
        return ExitCodes.Success;
    }
}
