namespace Autograder.Compilation.Tests;

public sealed class CompileDiagnosticTests
{
    [Fact]
    public void An_error_in_a_file_renders_as_a_compiler_prints_it()
    {
        var error = new CompileDiagnostic("Student/ZoneAllocator.cs", 12, 5, CompileSeverity.Error, "CS1002", "; expected");

        Assert.Equal("Student/ZoneAllocator.cs(12,5): error CS1002: ; expected", error.ToString());
    }

    [Fact]
    public void A_warning_says_warning()
    {
        var warning = new CompileDiagnostic("A.cs", 3, 9, CompileSeverity.Warning, "CS0168", "The variable 'x' is declared but never used");

        Assert.Equal("A.cs(3,9): warning CS0168: The variable 'x' is declared but never used", warning.ToString());
    }

    [Fact]
    public void A_problem_without_a_position_names_only_the_path_or_nothing()
    {
        var withPath = new CompileDiagnostic("submissions/alice", 0, 0, CompileSeverity.Error, "AG0003", "no .cs files found in submissions/alice");
        var withoutPath = new CompileDiagnostic(string.Empty, 0, 0, CompileSeverity.Error, "CS0518", "Predefined type 'System.Object' is not defined or imported");

        Assert.Equal("submissions/alice: error AG0003: no .cs files found in submissions/alice", withPath.ToString());
        Assert.Equal("error CS0518: Predefined type 'System.Object' is not defined or imported", withoutPath.ToString());
    }
}
