using System.Runtime.Loader;
using Autograder.Compilation;

namespace Autograder.Execution.Tests;

public sealed class SubmittedAllocatorTests
{
    private const string Body = """
        public nint CreateZone(nuint bytes) => 0;
        public nint Zalloc(nint zone, nuint bytes) => 0;
        public void Zfree(nint zone, nint block) { }
        public nuint BlockSize(nint zone, nint block) => 0;
        public nuint ZoneSize(nint zone) => 0;
        public void DestroyZone(nint zone) { }
        public void Zdump(nint zone, TextWriter output) { }
        """;

    [Fact]
    public void The_one_public_allocator_class_is_found_and_built_with_the_heap()
    {
        var factory = SubmittedAllocator.Find(Compile($"public sealed class A : Zones.IZoneAllocator {{ public A(Zones.INativeHeap heap) {{ }} {Body} }}"));

        Assert.Equal("A", factory(new Zones.Heap.TrackedHeap()).GetType().Name);
    }

    [Theory]
    [InlineData("public sealed class NotAnAllocator { }", "No class implements Zones.IZoneAllocator")]
    [InlineData("internal sealed class A : Zones.IZoneAllocator { public A(Zones.INativeHeap heap) { } BODY }", "A implements IZoneAllocator but is not public. Make it 'public'.")]
    [InlineData("public sealed class A : Zones.IZoneAllocator { public A(Zones.INativeHeap heap) { } BODY } public sealed class B : Zones.IZoneAllocator { public B(Zones.INativeHeap heap) { } BODY }", "2 public classes implement IZoneAllocator (A, B)")]
    [InlineData("public sealed class A : Zones.IZoneAllocator { public A() { } BODY }", "A has no public constructor taking an INativeHeap. Add 'public A(INativeHeap heap)'")]
    public void A_submission_without_exactly_one_usable_allocator_class_is_told_how_to_fix_it(string source, string message)
    {
        var assembly = Compile(source.Replace("BODY", Body, StringComparison.Ordinal));

        var error = Assert.Throws<AllocatorDiscoveryException>(() => SubmittedAllocator.Find(assembly));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    private static System.Reflection.Assembly Compile(string source)
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "Allocator.cs"), source);
        var outcome = new SubmissionCompiler().Compile(folder.Path);
        var compiled = Assert.IsType<CompilationOutcome.Succeeded>(outcome).Submission;
        return compiled.LoadInto(new AssemblyLoadContext("submitted-allocator-test", isCollectible: true));
    }
}
