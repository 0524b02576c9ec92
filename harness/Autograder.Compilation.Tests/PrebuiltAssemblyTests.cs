using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static Autograder.Compilation.Tests.Outcomes;

namespace Autograder.Compilation.Tests;

public sealed class PrebuiltAssemblyTests
{
    [Fact]
    public void A_prebuilt_dll_is_accepted_as_is_with_its_pdb()
    {
        var built = AssertCompiled(new SubmissionCompiler().Compile(RepositoryPaths.TestData("ValidAllocator")));
        using var folder = new TempFolder("built");
        var dll = folder.Write("Alice.dll", built.AssemblyBytes.ToArray());
        folder.Write("Alice.pdb", built.PdbBytes.ToArray());
        var compiler = new SubmissionCompiler();

        var submission = AssertCompiled(compiler.Compile(dll));

        Assert.Equal(built.AssemblyBytes.ToArray(), submission.AssemblyBytes.ToArray());
        Assert.Equal(built.PdbBytes.ToArray(), submission.PdbBytes.ToArray());
        Assert.Equal(built.AssemblyName, submission.AssemblyName);
        Assert.Matches("^[0-9a-f]{64}$", submission.ContentHash);
        Assert.Equal(0, compiler.CompilationsRun);
    }

    [Fact]
    public void A_pdb_from_another_build_is_left_out()
    {
        var built = AssertCompiled(new SubmissionCompiler().Compile(RepositoryPaths.TestData("ValidAllocator")));
        using var other = new TempFolder("other");
        other.Write("Other.cs", "namespace Student;\n\npublic sealed class Other;\n");
        var stale = AssertCompiled(new SubmissionCompiler().Compile(other.Path));
        using var folder = new TempFolder("built");
        var dll = folder.Write("Alice.dll", built.AssemblyBytes.ToArray());
        folder.Write("Alice.pdb", stale.PdbBytes.ToArray());

        var submission = AssertCompiled(new SubmissionCompiler().Compile(dll));

        Assert.True(submission.PdbBytes.IsEmpty);
    }

    [Fact]
    public void A_garbage_dll_is_rejected_saying_it_is_not_a_NET_assembly()
    {
        using var folder = new TempFolder();
        var dll = folder.Write("ZoneAllocator.dll", "MZ this is not a portable executable"u8.ToArray());

        var error = SingleError(new SubmissionCompiler().Compile(dll));

        Assert.Equal("AG0008", error.Id);
        Assert.Equal(dll, error.Path);
        Assert.StartsWith($"{dll} is not a .NET assembly (", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("build your project again, or submit its .cs files instead", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_dll_is_rejected()
    {
        using var folder = new TempFolder();
        var dll = folder.Write("ZoneAllocator.dll", []);

        Assert.Equal("AG0008", SingleError(new SubmissionCompiler().Compile(dll)).Id);
    }

    [Fact]
    public void A_reference_assembly_is_rejected_saying_where_the_real_one_is()
    {
        using var folder = new TempFolder();
        var compilation = CSharpCompilation.Create(
            "Student",
            [CSharpSyntaxTree.ParseText("namespace Student; public sealed class Allocator { public int Size() => 1; }")],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var implementation = new MemoryStream();
        using var reference = new MemoryStream();
        Assert.True(compilation.Emit(implementation, metadataPEStream: reference).Success);
        var dll = folder.Write("obj/ref/Student.dll", reference.ToArray());

        var error = SingleError(new SubmissionCompiler().Compile(dll));

        Assert.Contains("reference assembly", error.Message, StringComparison.Ordinal);
        Assert.Contains("take the .dll from bin/, not from obj/ref/", error.Message, StringComparison.Ordinal);
    }
}
