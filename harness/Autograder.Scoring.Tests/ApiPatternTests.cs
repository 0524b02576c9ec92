namespace Autograder.Scoring.Tests;

public sealed class ApiPatternTests
{
    [Theory]
    [InlineData("System.Reflection.*")]
    [InlineData("System.IO.File.ReadAllText")]
    [InlineData("System.Threading.Thread..ctor")]
    [InlineData("System.Runtime.InteropServices.Marshal.Alloc*")]
    [InlineData("System.Collections.Generic.List`1")]
    [InlineData("Microsoft.Win32.*")]
    public void A_pattern_in_the_il_scanner_s_form_is_accepted_as_written(string text)
    {
        var pattern = ApiPattern.TryParse(text, "do that", out var problem);

        Assert.Null(problem);
        Assert.Equal((text, "do that"), (pattern!.Text, pattern.Reason));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Exit")]
    [InlineData("System..File")]
    [InlineData("System.IO.File.")]
    [InlineData("System.IO File")]
    [InlineData("1System.IO")]
    public void A_pattern_that_names_no_api_is_refused_with_the_form_it_should_take(string text)
    {
        var pattern = ApiPattern.TryParse(text, null, out var problem);

        Assert.Null(pattern);
        Assert.StartsWith("write a full name such as 'System.IO.File.ReadAllText'", problem, StringComparison.Ordinal);
    }
}
