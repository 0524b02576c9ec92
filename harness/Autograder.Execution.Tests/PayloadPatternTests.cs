using System.Runtime.InteropServices;
using Autograder.Cases;
using Zones;
using Zones.Reference;
using static Autograder.Execution.Tests.Steps;

namespace Autograder.Execution.Tests;

/// <summary>The pattern written into blocks, seen through the executor: intact blocks pass, one changed byte is found where it is.</summary>
public sealed class PayloadPatternTests
{
    public static TheoryData<ulong> Sizes => new([1, 7, 255, 256, 257, 4_099, 300_001]);

    [Theory]
    [MemberData(nameof(Sizes))]
    public void A_block_nobody_touched_is_intact_when_freed_whatever_its_size(ulong size)
    {
        var observation = CaseExecutor.Run(Case(Create(size + 64), Alloc(0, size), Alloc(1, 8), Free(0), Free(1), Destroy()), heap => new ReferenceZoneAllocator(heap));

        Assert.All(observation.Steps, step => Assert.Null(step.Damage));
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void One_byte_changed_anywhere_in_a_block_is_reported_at_its_index(ulong size)
    {
        foreach (var index in new[] { 0L, (long)size / 2, (long)size - 1 }.Distinct())
        {
            // The second Zalloc changes one byte of the first block, as a submission keeping metadata there would.
            var observation = CaseExecutor.Run(
                Case(Create(size + 64), Alloc(0, size), Alloc(1, 8), Free(0), Destroy()),
                heap => new ChangesAByteOfTheFirstBlock(heap, index));

            var damage = Assert.Single(observation.Steps, step => step.Damage is not null).Damage!;
            Assert.Equal(index, damage.ByteIndex);
            Assert.Equal((byte)(damage.Expected ^ 0xFF), damage.Found);
        }
    }

    [Fact]
    public void A_block_holding_the_pattern_of_another_step_is_damaged_from_its_first_byte()
    {
        // BlockSize copies block 0 over block 1 after both were written: the same positions, another step's bytes.
        var observation = CaseExecutor.Run(
            Case(Create(4_096), Alloc(0, 1_000), Alloc(1, 1_000), new CaseStep { Operation = Operation.BlockSize, Zone = 0, Block = 0 }, Free(1), Destroy()),
            heap => new CopiesTheFirstBlockOverTheSecond(heap));

        var damage = Assert.Single(observation.Steps, step => step.Damage is not null).Damage!;
        Assert.Equal(1, damage.BlockSlot);
        Assert.Equal(0, damage.ByteIndex);
    }

    private sealed class ChangesAByteOfTheFirstBlock(INativeHeap heap, long index) : AlteredReference(heap)
    {
        private nint _first;

        public override nint Zalloc(nint zone, nuint bytes)
        {
            if (_first != 0)
            {
                Marshal.WriteByte(_first, (int)index, (byte)(Marshal.ReadByte(_first, (int)index) ^ 0xFF));
            }

            var block = base.Zalloc(zone, bytes);
            _first = _first == 0 ? block : _first;
            return block;
        }
    }

    private sealed class CopiesTheFirstBlockOverTheSecond(INativeHeap heap) : AlteredReference(heap)
    {
        private readonly List<nint> _blocks = [];

        public override nint Zalloc(nint zone, nuint bytes)
        {
            var block = base.Zalloc(zone, bytes);
            _blocks.Add(block);
            return block;
        }

        public override nuint BlockSize(nint zone, nint block)
        {
            var copy = new byte[1_000];
            Marshal.Copy(_blocks[0], copy, 0, copy.Length);
            Marshal.Copy(copy, 0, _blocks[1], copy.Length);
            return base.BlockSize(zone, block);
        }
    }
}
