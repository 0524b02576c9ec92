namespace Zones.Reference.Tests;

public sealed class FreeRunTreeTests
{
    [Fact]
    public void First_fit_with_a_hundred_thousand_live_blocks_still_finds_the_lowest_hole()
    {
        using var heap = new Heap.TrackedHeap();
        var allocator = new ReferenceZoneAllocator(heap);
        var zone = allocator.CreateZone(8 * 200_001);
        var blocks = Enumerable.Range(0, 100_000).Select(_ => allocator.Zalloc(zone, 8)).ToArray();
        for (var i = 1; i < blocks.Length; i += 2)
        {
            allocator.Zfree(zone, blocks[i]);
        }

        var wide = allocator.Zalloc(zone, 16);
        var narrow = allocator.Zalloc(zone, 8);

        // Every 8-byte hole is too short for 16 bytes; the last freed block (offset 799,992) merged with
        // the free tail, so that is where the wide block goes. The narrow one takes the first hole.
        var region = allocator.RegionOf(zone);
        Assert.Equal(799_992, wide - region);
        Assert.Equal(8, narrow - region);
        Assert.Equal(49_999, allocator.Layout(zone).Runs);
    }

    [Fact]
    public void The_tree_keeps_order_priorities_and_longest_runs_through_inserts_and_removals()
    {
        var tree = new FreeRunTree();
        var random = new Random(7);
        var starts = new SortedSet<nuint>();
        for (var i = 0; i < 5_000; i++)
        {
            var start = (nuint)random.Next(0, 1_000_000) * 4;
            if (starts.Add(start))
            {
                tree.Insert(start, (nuint)random.Next(1, 4));
            }

            if (i % 3 == 0)
            {
                var victim = starts.ElementAt(random.Next(starts.Count));
                starts.Remove(victim);
                tree.Remove(victim);
            }
        }

        Assert.Null(tree.FindStructuralFault());
        Assert.Equal(starts, tree.InOrder().Select(run => run.Start));
        Assert.Equal(starts.Count, tree.Count);
    }

    [Fact]
    public void Returning_space_merges_with_the_runs_on_either_side_and_keeps_the_tree_sound()
    {
        // A zone of 4,096 units, all taken, given back one unit at a time in a random order: after each,
        // the tree's runs are the maximal stretches of free units, as a plain array of units says.
        const int Units = 4_096;
        var random = new Random(11);
        var free = new bool[Units];
        var tree = new FreeRunTree();
        foreach (var unit in Enumerable.Range(0, Units).OrderBy(_ => random.Next()))
        {
            tree.Return((nuint)unit * 8, 8);
            free[unit] = true;
            if (unit % 97 == 0)
            {
                Assert.Null(tree.FindStructuralFault());
                Assert.Equal(Stretches(free), tree.InOrder());
            }
        }

        Assert.Equal([((nuint)0, (nuint)Units * 8)], tree.InOrder());
        Assert.Null(tree.FindStructuralFault());
    }

    private static List<(nuint Start, nuint Length)> Stretches(bool[] free)
    {
        var stretches = new List<(nuint, nuint)>();
        for (var i = 0; i < free.Length; i++)
        {
            if (free[i] && (i == 0 || !free[i - 1]))
            {
                var end = i;
                while (end < free.Length && free[end])
                {
                    end++;
                }

                stretches.Add(((nuint)i * 8, (nuint)(end - i) * 8));
            }
        }

        return stretches;
    }
}
