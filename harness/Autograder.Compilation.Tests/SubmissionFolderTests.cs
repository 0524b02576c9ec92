using System.Diagnostics;
using System.Text;
using static Autograder.Compilation.Tests.Outcomes;

namespace Autograder.Compilation.Tests;

public sealed class SubmissionFolderTests
{
    private const string Valid = "namespace Student;\n\npublic sealed class Valid;\n";
    private const string Broken = "this is not C# at all {";

    [Theory]
    [InlineData("obj/Debug/net10.0/Broken.cs")]
    [InlineData("bin/Broken.cs")]
    [InlineData("Nested/obj/Broken.cs")]
    [InlineData(".git/Broken.cs")]
    [InlineData("__MACOSX/._Valid.cs")]
    [InlineData(".Hidden.cs")]
    public void Build_output_and_hidden_files_are_skipped(string brokenFile)
    {
        using var folder = new TempFolder();
        folder.Write("Valid.cs", Valid);
        folder.Write(brokenFile, Broken);

        var submission = AssertCompiled(new SubmissionCompiler().Compile(folder.Path));

        Assert.Empty(submission.Warnings);
    }

    [Fact]
    public void Project_files_and_build_scripts_are_ignored()
    {
        using var folder = new TempFolder();
        folder.Write("Valid.cs", Valid);
        folder.Write("Student.csproj", "<Project><Target Name=\"Build\"><Exec Command=\"rm -rf /\" /></Target></Project>");
        folder.Write("Directory.Build.props", Broken);
        folder.Write("build.sh", Broken);

        AssertCompiled(new SubmissionCompiler().Compile(folder.Path));
    }

    [Fact]
    public void Sources_in_subfolders_are_compiled_together()
    {
        using var folder = new TempFolder();
        folder.Write("Student/Uses.cs", "namespace Student;\n\npublic static class Uses { public static Helper Make() => new(); }\n");
        folder.Write("Student/Support/Helper.cs", "namespace Student;\n\npublic sealed class Helper;\n");

        AssertCompiled(new SubmissionCompiler().Compile(folder.Path));
    }

    [Fact]
    public void An_empty_folder_fails_saying_no_cs_files_were_found()
    {
        using var folder = new TempFolder();
        folder.Write("obj/Generated.cs", Valid);

        var error = SingleError(new SubmissionCompiler().Compile(folder.Path));

        Assert.Contains($"no .cs files found in {folder.Path}", error.Message, StringComparison.Ordinal);
        Assert.Equal("AG0003", error.Id);
    }

    [Fact]
    public void A_missing_folder_fails_saying_it_does_not_exist()
    {
        using var folder = new TempFolder();
        var missing = folder.Combine("nowhere");

        var error = SingleError(new SubmissionCompiler().Compile(missing));

        Assert.Equal($"{missing}: error AG0001: the submission {missing} does not exist; pass the folder that holds your .cs files, or your built .dll", error.ToString());
    }

    [Fact]
    public void A_file_that_is_neither_a_folder_nor_a_dll_fails_saying_what_to_pass()
    {
        using var folder = new TempFolder();
        var zip = folder.Write("submission.zip", [0x50, 0x4B, 0x03, 0x04]);

        var error = SingleError(new SubmissionCompiler().Compile(zip));

        Assert.Equal("AG0002", error.Id);
        Assert.Contains("pass the folder that holds your .cs files, or your built .dll", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_UTF8_fails_with_its_place_and_how_to_fix_it()
    {
        using var folder = new TempFolder();
        var latin1 = Encoding.Latin1.GetBytes("namespace Student;\n\n// Caf\u00e9 allocator\npublic sealed class Cafe;\n");
        folder.Write("Student/Cafe.cs", latin1);

        var error = SingleError(new SubmissionCompiler().Compile(folder.Path));

        Assert.Equal(
            "Student/Cafe.cs(3,7): error AG0005: Student/Cafe.cs is not UTF-8 text (byte 0xE9 is not valid here); save it with UTF-8 encoding and submit again",
            error.ToString());
    }

    [Fact]
    public void Every_unreadable_file_is_reported_not_just_the_first()
    {
        using var folder = new TempFolder();
        folder.Write("A.cs", [0xFF]);
        folder.Write("B.cs", Valid);
        folder.Write("C.cs", [0xC3]);

        var failed = AssertFailed(new SubmissionCompiler().Compile(folder.Path));

        Assert.Equal(["A.cs", "C.cs"], failed.Errors.Select(error => error.Path));
    }

    [Fact]
    public void UTF8_with_a_byte_order_mark_and_UTF16_with_one_compile()
    {
        using var folder = new TempFolder();
        folder.Write("Marked.cs", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("namespace Student;\n\npublic sealed class Marked { public string Name => \"caf\u00e9\"; }\n")]);
        folder.Write("Wide.cs", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("namespace Student;\n\npublic sealed class Wide;\n")]);

        AssertCompiled(new SubmissionCompiler().Compile(folder.Path));
    }

    [Fact]
    public void A_symbolic_link_is_refused_so_no_file_outside_the_submission_is_read()
    {
        using var folder = new TempFolder();
        folder.Write("Valid.cs", Valid);
        var outside = folder.Write("../outside/Secret.cs", "hidden case text");
        File.CreateSymbolicLink(folder.Combine("Secret.cs"), outside);

        var error = SingleError(new SubmissionCompiler().Compile(folder.Path));

        Assert.Equal("Secret.cs: error AG0007: Secret.cs is a symbolic link; copy the file or folder itself into the submission", error.ToString());
    }

    [Fact]
    public void An_oversized_file_is_refused()
    {
        using var folder = new TempFolder();
        folder.Write("Huge.cs", Encoding.UTF8.GetBytes(new string('/', 4 * 1024 * 1024 + 1)));

        var error = SingleError(new SubmissionCompiler().Compile(folder.Path));

        Assert.Equal("AG0006", error.Id);
        Assert.Equal("Huge.cs", error.Path);
    }

    [Fact]
    public async Task A_pipe_named_like_a_source_file_does_not_hang_the_compiler()
    {
        using var folder = new TempFolder();
        folder.Write("Valid.cs", Valid);
        using (var mkfifo = Process.Start("mkfifo", folder.Combine("Pipe.cs")))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var compile = Task.Run(() => new SubmissionCompiler().Compile(folder.Path));

        var first = await Task.WhenAny(compile, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.True(first == compile, "compiling a folder with a named pipe hung");
        AssertCompiled(await compile);
    }
}
