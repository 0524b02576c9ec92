using static Autograder.Compilation.Tests.Outcomes;

namespace Autograder.Compilation.Tests;

public sealed class CompilationCacheTests
{
    private const string Warned = "namespace Student;\n\npublic static class Warned { public static int Get() { int unused = 0; return 1; } }\n";

    [Fact]
    public void A_second_compile_of_unchanged_sources_reads_the_cache_and_returns_the_same_bytes()
    {
        using var folder = new TempFolder();
        using var cacheFolder = new TempFolder("cache");
        folder.Write("Warned.cs", Warned);
        var compiler = new SubmissionCompiler(cacheFolder.Path);

        var first = AssertCompiled(compiler.Compile(folder.Path));
        var entry = Assert.Single(Directory.GetFiles(cacheFolder.Path));
        var written = File.GetLastWriteTimeUtc(entry);
        var second = AssertCompiled(compiler.Compile(folder.Path));

        Assert.Equal(1, compiler.CompilationsRun);
        Assert.False(first.FromCache);
        Assert.True(second.FromCache);
        Assert.Equal(written, File.GetLastWriteTimeUtc(entry));
        Assert.Equal(first.AssemblyBytes.ToArray(), second.AssemblyBytes.ToArray());
        Assert.Equal(first.PdbBytes.ToArray(), second.PdbBytes.ToArray());
        Assert.Equal((first.AssemblyName, first.ContentHash), (second.AssemblyName, second.ContentHash));
        Assert.Equal(first.Warnings, second.Warnings);
        Assert.Equal("CS0219", Assert.Single(second.Warnings).Id);
    }

    [Fact]
    public void Another_compiler_on_the_same_cache_folder_reuses_the_entry()
    {
        using var folder = new TempFolder();
        using var cacheFolder = new TempFolder("cache");
        folder.Write("Warned.cs", Warned);
        AssertCompiled(new SubmissionCompiler(cacheFolder.Path).Compile(folder.Path));
        var later = new SubmissionCompiler(cacheFolder.Path);

        var submission = AssertCompiled(later.Compile(folder.Path));

        Assert.True(submission.FromCache);
        Assert.Equal(0, later.CompilationsRun);
    }

    [Fact]
    public void Changed_sources_compile_again()
    {
        using var folder = new TempFolder();
        using var cacheFolder = new TempFolder("cache");
        folder.Write("Warned.cs", Warned);
        var compiler = new SubmissionCompiler(cacheFolder.Path);
        var first = AssertCompiled(compiler.Compile(folder.Path));

        folder.Write("Extra.cs", "namespace Student;\n\npublic sealed class Extra;\n");
        var second = AssertCompiled(compiler.Compile(folder.Path));

        Assert.Equal(2, compiler.CompilationsRun);
        Assert.False(second.FromCache);
        Assert.NotEqual(first.ContentHash, second.ContentHash);
        Assert.Equal(2, Directory.GetFiles(cacheFolder.Path).Length);
    }

    [Fact]
    public void A_truncated_cache_entry_is_compiled_again_and_replaced()
    {
        using var folder = new TempFolder();
        using var cacheFolder = new TempFolder("cache");
        folder.Write("Warned.cs", Warned);
        var compiler = new SubmissionCompiler(cacheFolder.Path);
        var first = AssertCompiled(compiler.Compile(folder.Path));
        var entry = Assert.Single(Directory.GetFiles(cacheFolder.Path));
        var whole = File.ReadAllBytes(entry);
        File.WriteAllBytes(entry, whole[..(whole.Length / 2)]);

        var second = AssertCompiled(compiler.Compile(folder.Path));
        var third = AssertCompiled(compiler.Compile(folder.Path));

        Assert.False(second.FromCache);
        Assert.True(third.FromCache);
        Assert.Equal(2, compiler.CompilationsRun);
        Assert.Equal(whole, File.ReadAllBytes(entry));
        Assert.Equal(first.AssemblyBytes.ToArray(), third.AssemblyBytes.ToArray());
    }

    [Fact]
    public void The_same_sources_under_another_name_get_their_own_entry()
    {
        using var alice = new TempFolder("alice");
        using var bob = new TempFolder("bob");
        using var cacheFolder = new TempFolder("cache");
        alice.Write("Warned.cs", Warned);
        bob.Write("Warned.cs", Warned);
        var compiler = new SubmissionCompiler(cacheFolder.Path);

        var fromAlice = AssertCompiled(compiler.Compile(alice.Path));
        var fromBob = AssertCompiled(compiler.Compile(bob.Path));

        Assert.Equal(fromAlice.ContentHash, fromBob.ContentHash);
        Assert.StartsWith("bob-", fromBob.AssemblyName, StringComparison.Ordinal);
        Assert.False(fromBob.FromCache);
    }

    [Fact]
    public void Failed_compiles_are_not_cached_and_no_temporary_file_is_left()
    {
        using var folder = new TempFolder();
        using var cacheFolder = new TempFolder("cache");
        folder.Write("Broken.cs", "public class {");
        var compiler = new SubmissionCompiler(cacheFolder.Path);

        AssertFailed(compiler.Compile(folder.Path));
        folder.Write("Broken.cs", Warned);
        AssertCompiled(compiler.Compile(folder.Path));

        Assert.Equal(".entry", Path.GetExtension(Assert.Single(Directory.GetFiles(cacheFolder.Path))));
    }

    [Fact]
    public void Without_a_cache_folder_every_compile_runs_the_compiler()
    {
        using var folder = new TempFolder();
        folder.Write("Warned.cs", Warned);
        var compiler = new SubmissionCompiler();

        AssertCompiled(compiler.Compile(folder.Path));
        var second = AssertCompiled(compiler.Compile(folder.Path));

        Assert.False(second.FromCache);
        Assert.Equal(2, compiler.CompilationsRun);
        Assert.Null(compiler.CacheDirectory);
    }
}
