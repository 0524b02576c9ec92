using System.Reflection;
using System.Runtime.Loader;
using Zones;
using static Autograder.Compilation.Tests.Outcomes;

namespace Autograder.Compilation.Tests;

public sealed class CompilingSourcesTests
{
    [Fact]
    public void A_valid_submission_compiles_and_loads_with_a_type_implementing_IZoneAllocator()
    {
        var compiler = new SubmissionCompiler();

        var submission = AssertCompiled(compiler.Compile(RepositoryPaths.TestData("ValidAllocator")));

        var context = new AssemblyLoadContext("submission", isCollectible: true);
        try
        {
            var assembly = submission.LoadInto(context);
            var type = Assert.Single(assembly.GetExportedTypes(), type => typeof(IZoneAllocator).IsAssignableFrom(type));
            using var heap = new NativeTestHeap();
            var allocator = (IZoneAllocator)Activator.CreateInstance(type, heap)!;
            var zone = allocator.CreateZone(64);
            var first = allocator.Zalloc(zone, 10);
            var second = allocator.Zalloc(zone, 10);
            Assert.Equal(16, second - first);
            Assert.Equal(10u, allocator.BlockSize(zone, second));
            Assert.Equal(64u, allocator.ZoneSize(zone));
            allocator.DestroyZone(zone);
            Assert.Equal(0, heap.LiveBlocks);
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void A_folder_with_a_syntax_error_fails_with_file_line_and_message()
    {
        using var folder = new TempFolder();
        folder.Write("Student/ZoneAllocator.cs", """
            namespace Student;

            public static class Broken
            {
                public static int Answer()
                {
                    var answer = 42
                    return answer;
                }
            }
            """);

        var error = SingleError(new SubmissionCompiler().Compile(folder.Path));

        Assert.Equal("Student/ZoneAllocator.cs(7,24): error CS1002: ; expected", error.ToString());
        Assert.Equal(("Student/ZoneAllocator.cs", 7, 24, "CS1002"), (error.Path, error.Line, error.Column, error.Id));
    }

    [Fact]
    public void A_type_error_fails_with_the_compiler_id_and_message()
    {
        using var folder = new TempFolder();
        folder.Write("Counts.cs", """
            namespace Student;

            public static class Counts
            {
                public static int Three() { int count = "three"; return count; }
            }
            """);

        var error = SingleError(new SubmissionCompiler().Compile(folder.Path));

        Assert.Equal("Counts.cs(5,45): error CS0029: Cannot implicitly convert type 'string' to 'int'", error.ToString());
    }

    [Fact]
    public void Implicit_usings_let_code_use_List_and_File_without_using_directives()
    {
        using var folder = new TempFolder();
        folder.Write("Lines.cs", """
            namespace Student;

            public static class Lines
            {
                public static async Task<List<string>> Read(string path, CancellationToken token)
                {
                    var lines = new List<string>(await File.ReadAllLinesAsync(path, token));
                    using var client = new HttpClient();
                    return lines.Where(line => line.Length > 0).ToList();
                }
            }
            """);

        AssertCompiled(new SubmissionCompiler().Compile(folder.Path));
    }

    [Fact]
    public void Unsafe_code_compiles()
    {
        using var folder = new TempFolder();
        folder.Write("Pointers.cs", """
            namespace Student;

            public static unsafe class Pointers
            {
                public static int Sum(int[] values)
                {
                    var total = 0;
                    fixed (int* start = values)
                    {
                        for (var at = start; at < start + values.Length; at++) total += *at;
                    }

                    byte* scratch = stackalloc byte[16];
                    scratch[0] = 1;
                    return total + scratch[0];
                }
            }
            """);

        AssertCompiled(new SubmissionCompiler().Compile(folder.Path));
    }

    [Fact]
    public void Warnings_do_not_fail_the_compile_but_are_kept_and_nullable_is_on()
    {
        using var folder = new TempFolder();
        folder.Write("Warned.cs", """
            namespace Student;

            public static class Warned
            {
                public static string Name()
                {
                    string name = null;
                    return name;
                }
            }
            """);

        var submission = AssertCompiled(new SubmissionCompiler().Compile(folder.Path));

        var warning = Assert.Single(submission.Warnings, warning => warning.Id == "CS8600");
        Assert.Equal(CompileSeverity.Warning, warning.Severity);
        Assert.StartsWith("Warned.cs(7,23): warning CS8600: ", warning.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_compile_keeps_the_warnings_apart_from_the_errors()
    {
        using var folder = new TempFolder();
        folder.Write("Mixed.cs", """
            namespace Student;

            public static class Mixed
            {
                public static int Value()
                {
                    int unused = 0;
                    return missing;
                }
            }
            """);

        var failed = AssertFailed(new SubmissionCompiler().Compile(folder.Path));

        Assert.Equal("CS0103", Assert.Single(failed.Errors).Id);
        Assert.Equal("CS0219", Assert.Single(failed.Warnings).Id);
        Assert.Equal("Mixed.cs(8,16): error CS0103: The name 'missing' does not exist in the current context", failed.ToString());
    }

    [Fact]
    public void Code_for_this_runtime_and_a_release_build_sees_the_same_symbols_as_in_the_IDE()
    {
        using var folder = new TempFolder();
        folder.Write("Symbols.cs", """
            namespace Student;

            public static class Symbols
            {
            #if NET8_0_OR_GREATER && RELEASE && !DEBUG
                public static int Fine() => 1;
            #else
                public static int Fine() => not compiled here;
            #endif
            }
            """);

        AssertCompiled(new SubmissionCompiler().Compile(folder.Path));
    }

    [Fact]
    public void The_assembly_is_named_after_the_submission_and_a_short_content_hash()
    {
        using var folder = new TempFolder("alice smith");
        folder.Write("Empty.cs", "namespace Student;\n\npublic sealed class Empty;\n");

        var submission = AssertCompiled(new SubmissionCompiler().Compile(folder.Path));

        Assert.Matches("^[0-9a-f]{64}$", submission.ContentHash);
        Assert.Equal($"alice_smith-{submission.ContentHash[..12]}", submission.AssemblyName);
        var file = folder.Write("../built.dll", submission.AssemblyBytes.ToArray());
        Assert.Equal(submission.AssemblyName, AssemblyName.GetAssemblyName(file).Name);
    }

    [Fact]
    public void The_same_sources_give_the_same_bytes_and_a_changed_file_a_new_hash()
    {
        using var folder = new TempFolder();
        folder.Write("Value.cs", "namespace Student;\n\npublic static class Value { public static int Get() => 1; }\n");

        var first = AssertCompiled(new SubmissionCompiler().Compile(folder.Path));
        var again = AssertCompiled(new SubmissionCompiler().Compile(folder.Path));
        folder.Write("Value.cs", "namespace Student;\n\npublic static class Value { public static int Get() => 2; }\n");
        var changed = AssertCompiled(new SubmissionCompiler().Compile(folder.Path));

        Assert.Equal(first.ContentHash, again.ContentHash);
        Assert.Equal(first.AssemblyBytes.ToArray(), again.AssemblyBytes.ToArray());
        Assert.Equal(first.PdbBytes.ToArray(), again.PdbBytes.ToArray());
        Assert.NotEqual(first.ContentHash, changed.ContentHash);
    }
}
