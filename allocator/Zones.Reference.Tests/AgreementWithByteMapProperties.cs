using FsCheck;
using FsCheck.Fluent;

namespace Zones.Reference.Tests;

public sealed class AgreementWithByteMapProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(300).WithEndSize(200);

    /// <summary>One step of a random scenario: allocate Size bytes, or free the Pick-th live block.</summary>
    public sealed record Step(bool IsAlloc, int Size, int Pick)
    {
        public override string ToString() => IsAlloc ? $"alloc {Size}" : $"free #{Pick}";
    }

    public sealed record Scenario(int ZoneSize, int Alignment, Step[] Steps)
    {
        public override string ToString() => $"zone {ZoneSize}, align {Alignment}: {string.Join(", ", Steps.Select(s => s.ToString()))}";
    }

    private static Arbitrary<Scenario> Scenarios()
    {
        var generator =
            from zoneSize in Gen.Choose(1, 600)
            from alignment in Gen.Elements(1, 2, 4, 8, 16)
            from steps in Gen.ListOf(Gen.Frequency(
                (3, Gen.Choose(1, 40).Select(size => new Step(true, size, 0))),
                (1, Gen.Choose(1, Math.Max(1, zoneSize)).Select(size => new Step(true, size, 0))),
                (3, Gen.Choose(0, 1000).Select(pick => new Step(false, 0, pick)))))
            select new Scenario(zoneSize, alignment, steps.ToArray());
        return Arb.From(generator);
    }

    [Fact]
    public void Every_allocation_lands_where_the_byte_map_says_first_fit_puts_it()
    {
        Check.One(Runs, Prop.ForAll(Scenarios(), scenario =>
        {
            using var f = new ReferenceFixture(scenario.Alignment);
            var model = new ByteMapModel(scenario.ZoneSize, scenario.Alignment);
            var zone = f.Allocator.CreateZone((nuint)scenario.ZoneSize);

            foreach (var step in scenario.Steps)
            {
                Replay(f, model, zone, step);
            }

            Assert.Equal(model.Dump(), f.Dump(zone));
        }));
    }

    [Fact]
    public void Destroying_the_zone_after_any_scenario_leaves_the_heap_empty()
    {
        Check.One(Runs, Prop.ForAll(Scenarios(), scenario =>
        {
            using var f = new ReferenceFixture(scenario.Alignment);
            var model = new ByteMapModel(scenario.ZoneSize, scenario.Alignment);
            var zone = f.Allocator.CreateZone((nuint)scenario.ZoneSize);
            foreach (var step in scenario.Steps)
            {
                Replay(f, model, zone, step);
            }

            f.Allocator.DestroyZone(zone);

            Assert.Equal(0, f.Heap.Counters.LiveBlocks);
            Assert.Empty(f.Heap.Errors);
        }));
    }

    // The fixture's allocator runs in checked mode, so every step also verifies every invariant.
    private static void Replay(ReferenceFixture f, ByteMapModel model, nint zone, Step step)
    {
        var region = f.Allocator.RegionOf(zone);
        if (step.IsAlloc)
        {
            var expected = model.Alloc(step.Size);
            var block = f.Allocator.Zalloc(zone, (nuint)step.Size);
            Assert.Equal(expected, block == 0 ? null : (int)(block - region));
            return;
        }

        if (model.BlockOffsets.Count == 0)
        {
            return;
        }

        var offset = model.BlockOffsets.ElementAt(step.Pick % model.BlockOffsets.Count);
        Assert.Equal((nuint)model.SizeOf(offset), f.Allocator.BlockSize(zone, region + offset));
        model.Free(offset);
        f.Allocator.Zfree(zone, region + offset);
    }
}
