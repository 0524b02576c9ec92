using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using Autograder.Compilation.Rules;

namespace Autograder.Compilation.Tests.Rules;

public sealed class MalformedAssemblyTests
{
    [Fact]
    public void Garbage_bytes_give_a_result_that_says_the_code_could_not_be_checked()
    {
        var garbage = new byte[4096];
        new Random(20240611).NextBytes(garbage);

        var result = IlRuleScanner.Scan(garbage, IlRuleSettings.Default);

        Assert.False(result.Scanned);
        Assert.EndsWith("could not be checked against the rules", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Findings);
        Assert.Empty(result.MallocCallSites);
    }

    [Fact]
    public void No_bytes_at_all_give_a_clear_error()
    {
        var result = IlRuleScanner.Scan(ReadOnlyMemory<byte>.Empty, IlRuleSettings.Default);

        Assert.False(result.Scanned);
        Assert.NotEmpty(result.Error);
    }

    [Fact]
    public void A_truncated_assembly_gives_a_clear_error()
    {
        var assembly = Scanned.Compile(Scanned.LinkedList);

        var result = IlRuleScanner.Scan(assembly[..(assembly.Length / 2)], IlRuleSettings.Default);

        Assert.False(result.Scanned);
        Assert.StartsWith("the assembly is malformed (", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_opcode_that_does_not_exist_gives_a_clear_error()
    {
        var assembly = Scanned.Compile(Scanned.LinkedList).ToArray();
        assembly[FirstInstructionOffset(assembly)] = 0x24; // a hole in the one-byte opcode table

        var result = IlRuleScanner.Scan(assembly, IlRuleSettings.Default);

        Assert.False(result.Scanned);
        Assert.Contains("0x24 is not an IL opcode", result.Error, StringComparison.Ordinal);
    }

    /// <summary>Where in the file the first IL instruction of the first method with a body is.</summary>
    private static int FirstInstructionOffset(byte[] assembly)
    {
        using var image = new PEReader(ImmutableCollectionsMarshal.AsImmutableArray(assembly));
        var metadata = image.GetMetadataReader();
        var rva = metadata.MethodDefinitions
            .Select(handle => metadata.GetMethodDefinition(handle).RelativeVirtualAddress)
            .First(address => address != 0);
        var section = image.PEHeaders.SectionHeaders
            .First(header => rva >= header.VirtualAddress && rva < header.VirtualAddress + header.VirtualSize);
        var bodyStart = rva - section.VirtualAddress + section.PointerToRawData;
        var tinyHeader = (assembly[bodyStart] & 0x3) == 0x2;
        return bodyStart + (tinyHeader ? 1 : 12);
    }
}
