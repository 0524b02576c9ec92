using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using static Autograder.Compilation.Tests.Outcomes;

namespace Autograder.Compilation.Tests;

/// <summary>
/// Every hostile sample compiles as a submission would, cleanly, and has the shape the grader looks for.
/// Nothing here runs them: each would kill or hang the test host.
/// </summary>
public sealed class Every_hostile_sample_compiles
{
    public static TheoryData<string> Samples() => new(HostileSamples.Present());

    [Fact]
    public void Every_expected_sample_is_there_and_no_other()
    {
        Assert.Equal(HostileSamples.Expected, HostileSamples.Present());
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_sample_compiles_with_no_errors_and_no_warnings(string sample)
    {
        var submission = AssertCompiled(new SubmissionCompiler().Compile(HostileSamples.PathOf(sample)));

        Assert.Empty(submission.Warnings);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_sample_is_one_public_class_named_after_its_folder_with_a_constructor_taking_the_heap(string sample)
    {
        var submission = AssertCompiled(new SubmissionCompiler().Compile(HostileSamples.PathOf(sample)));
        using var image = new PEReader(ImmutableCollectionsMarshal.AsImmutableArray(submission.AssemblyBytes.ToArray()));
        var metadata = image.GetMetadataReader();

        var allocators = metadata.TypeDefinitions
            .Select(metadata.GetTypeDefinition)
            .Where(type => (type.Attributes & TypeAttributes.VisibilityMask) == TypeAttributes.Public && Implements(metadata, type, "Zones.IZoneAllocator"))
            .ToList();

        var allocator = Assert.Single(allocators);
        Assert.Equal($"Hostile.{sample}", metadata.GetString(allocator.Namespace) + "." + metadata.GetString(allocator.Name));
        Assert.Contains(allocator.GetMethods().Select(metadata.GetMethodDefinition), method =>
            metadata.GetString(method.Name) == ".ctor"
            && (method.Attributes & MethodAttributes.MemberAccessMask) == MethodAttributes.Public
            && ParameterCount(metadata, method) == 1);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_file_of_the_sample_starts_with_a_comment_saying_what_it_does(string sample)
    {
        foreach (var file in Directory.GetFiles(HostileSamples.PathOf(sample), "*.cs"))
        {
            var firstLine = File.ReadLines(file).First();

            Assert.True(firstLine.StartsWith("// ", StringComparison.Ordinal) && firstLine.Length > 20, $"{file} starts with '{firstLine}'");
        }
    }

    private static bool Implements(MetadataReader metadata, TypeDefinition type, string interfaceName) =>
        type.GetInterfaceImplementations().Any(handle =>
            metadata.GetInterfaceImplementation(handle).Interface is { Kind: HandleKind.TypeReference } reference
            && metadata.GetTypeReference((TypeReferenceHandle)reference) is var named
            && metadata.GetString(named.Namespace) + "." + metadata.GetString(named.Name) == interfaceName);

    private static int ParameterCount(MetadataReader metadata, MethodDefinition method)
    {
        var signature = metadata.GetBlobReader(method.Signature);
        signature.ReadSignatureHeader();
        return signature.ReadCompressedInteger();
    }
}
