using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Autograder.Cases;

namespace Autograder.Isolation;

/// <summary>
/// SHA-256 over what a case asks the allocator to do: its heap limit, its slots and every step's
/// operation and operands. Names, descriptions, written expectations and line numbers do not count:
/// the executor never reads them, so a case that only changes its wording keeps its calibrated time.
/// </summary>
internal static class CaseContentHash
{
    public static string Of(CaseDefinition @case)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.ASCII.GetBytes("zones-case 1"));
        Append(hash, @case.HeapLimit is { } limit ? 1UL : 0UL);
        Append(hash, @case.HeapLimit ?? 0);
        Append(hash, (ulong)@case.ZoneNames.Count);
        Append(hash, (ulong)@case.BlockNames.Count);
        Append(hash, (ulong)@case.Steps.Count);
        foreach (var step in @case.Steps)
        {
            Append(hash, (ulong)step.Operation);
            Append(hash, (ulong)(long)step.Zone);
            Append(hash, (ulong)(long)step.Block);
            Append(hash, (ulong)step.BlockDelta);
            Append(hash, step.Size);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Append(IncrementalHash hash, ulong value)
    {
        Span<byte> number = stackalloc byte[sizeof(ulong)];
        BinaryPrimitives.WriteUInt64LittleEndian(number, value);
        hash.AppendData(number);
    }
}
