namespace Autograder.Cases.Tests;

public sealed class HeaderErrorTests
{
    [Fact]
    public void An_empty_file_says_how_a_case_file_starts()
    {
        Assert.Equal(
            "cases/public/x.case:1:1: the file has no 'case' line; start it with 'case NAME', then a 'description' line, then the steps",
            Parsing.ErrorOf(""));
    }

    [Fact]
    public void A_file_of_comments_only_says_how_a_case_file_starts()
    {
        Assert.Equal(
            "cases/public/x.case:1:1: the file has no 'case' line; start it with 'case NAME', then a 'description' line, then the steps",
            Parsing.ErrorOf("# nothing yet", "", "   # still nothing"));
    }

    [Fact]
    public void A_file_that_does_not_start_with_case_is_an_error_at_its_first_word()
    {
        Assert.Equal(
            "cases/public/x.case:2:3: expected 'case NAME' first, found 'description'; every case file starts with its name, as in 'case first-fit-basics'",
            Parsing.ErrorOf("# comment", "  description d", "case x"));
    }

    [Fact]
    public void Case_without_a_name_is_an_error_at_the_end_of_the_line()
    {
        Assert.Equal(
            "cases/public/x.case:1:5: expected a name after 'case', found the end of the line; name the case in lower-case words joined by '-', as in 'case first-fit-basics'",
            Parsing.ErrorOf("case   # name forgotten"));
    }

    [Theory]
    [InlineData("case First_Fit", "First_Fit")]
    [InlineData("case -first", "-first")]
    [InlineData("case first.fit", "first.fit")]
    public void A_case_name_other_than_lower_case_digits_and_dashes_is_an_error(string line, string name)
    {
        Assert.Equal(
            $"cases/public/x.case:1:6: '{name}' is not a case name; use lower-case letters, digits and '-', as in 'case first-fit-basics'",
            Parsing.ErrorOf(line, "description d", "z = create_zone 8"));
    }

    [Fact]
    public void A_case_name_with_spaces_is_an_error_at_its_second_word()
    {
        Assert.Equal(
            "cases/public/x.case:1:12: unexpected 'fit' after the case name; a case name has no spaces, so join its words with '-'",
            Parsing.ErrorOf("case first fit"));
    }

    [Fact]
    public void A_second_case_line_is_an_error()
    {
        Assert.Equal(
            "cases/public/x.case:3:1: this file already names its case 'x' on line 1; a file holds one case, so put this one in a file of its own",
            Parsing.ErrorOf("case x", "description d", "case y"));
    }

    [Fact]
    public void A_case_without_a_description_is_an_error_at_the_case_line()
    {
        Assert.Equal(
            "cases/public/x.case:1:1: the case has no 'description' line; add one after 'case' saying what the case tests, as in 'description Freed holes are reused lowest offset first.'",
            Parsing.ErrorOf("case x"));
    }

    [Fact]
    public void An_empty_description_is_an_error()
    {
        Assert.Equal(
            "cases/public/x.case:2:12: expected text after 'description', found the end of the line; say what the case tests, as in 'description Freed holes are reused lowest offset first.'",
            Parsing.ErrorOf("case x", "description # later"));
    }

    [Fact]
    public void A_step_before_any_description_is_an_error_at_the_step()
    {
        Assert.Equal(
            "cases/public/x.case:2:1: expected a 'description' line before the first step; say what the case tests, as in 'description Freed holes are reused lowest offset first.'",
            Parsing.ErrorOf("case x", "z = create_zone 8", "description d"));
    }

    [Fact]
    public void A_description_after_the_first_step_is_an_error()
    {
        Assert.Equal(
            "cases/public/x.case:5:1: 'description' must come before the first step (line 3); move this line up",
            Parsing.ErrorOf([.. Parsing.Prelude, "description more"]));
    }

    [Fact]
    public void A_case_without_steps_is_an_error_at_the_case_line()
    {
        Assert.Equal(
            "cases/public/x.case:1:1: the case has no steps; add operations such as 'z = create_zone 256', or a 'generate' or 'trace' line",
            Parsing.ErrorOf("case x", "description d", "heap-limit 10"));
    }

    [Fact]
    public void A_heap_limit_without_a_number_is_an_error()
    {
        Assert.Equal(
            "cases/public/x.case:3:11: expected a number of bytes after 'heap-limit', found the end of the line; write it as in 'heap-limit 100000'",
            Parsing.ErrorOf("case x", "description d", "heap-limit"));
    }

    [Theory]
    [InlineData("heap-limit 100k", "100k")]
    [InlineData("heap-limit -1", "-1")]
    [InlineData("heap-limit 18446744073709551616", "18446744073709551616")]
    public void A_heap_limit_that_is_not_a_whole_number_of_bytes_is_an_error(string line, string value)
    {
        Assert.Equal(
            $"cases/public/x.case:3:12: expected a number of bytes after 'heap-limit', found '{value}'; write a whole number in decimal, as in 'heap-limit 100000'",
            Parsing.ErrorOf("case x", "description d", line));
    }

    [Fact]
    public void A_heap_limit_with_a_unit_after_the_number_is_an_error_at_the_unit()
    {
        Assert.Equal(
            "cases/public/x.case:3:17: unexpected 'bytes'; heap-limit takes one number (a comment starts with '#')",
            Parsing.ErrorOf("case x", "description d", "heap-limit 1000 bytes"));
    }

    [Fact]
    public void A_second_heap_limit_is_an_error()
    {
        Assert.Equal(
            "cases/public/x.case:4:1: the heap limit is already set on line 3; keep one 'heap-limit' line",
            Parsing.ErrorOf("case x", "description d", "heap-limit 10", "heap-limit 20"));
    }

    [Fact]
    public void A_heap_limit_after_the_first_step_is_an_error()
    {
        Assert.Equal(
            "cases/public/x.case:5:1: 'heap-limit' must come before the first step (line 3); move this line up",
            Parsing.ErrorOf([.. Parsing.Prelude, "heap-limit 10"]));
    }

    [Fact]
    public void The_exception_carries_the_file_line_column_and_problem_separately()
    {
        var error = Assert.Throws<CaseFormatException>(() => Parsing.ParseSteps("zalloc z abc"));

        Assert.Equal("cases/public/x.case", error.File);
        Assert.Equal(5, error.Line);
        Assert.Equal(10, error.Column);
        Assert.Equal("expected a size after 'zalloc z', found 'abc'; write the number of bytes in decimal, as in 'a = zalloc z 16'", error.Problem);
    }
}
