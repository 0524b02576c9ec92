namespace Autograder.Cases;

/// <summary>
/// Where first fit puts blocks in a region, by byte offsets only: the generator uses it to know which
/// blocks are live, the trace importer to size a zone so that every allocation fits. Footprints are sizes
/// rounded up to the alignment; a block goes to the lowest free run that holds its whole footprint.
/// </summary>
internal sealed class FirstFitModel
{
    private readonly List<FreeRun> runs = [];
    private readonly ulong alignment;

    /// <summary>A region of <paramref name="capacity"/> bytes; <see cref="ulong.MaxValue"/> stands for a region that grows as needed.</summary>
    public FirstFitModel(ulong capacity, int alignment)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(alignment, 1);
        this.alignment = (ulong)alignment;
        if (capacity > 0)
        {
            runs.Add(new FreeRun(0, capacity));
        }
    }

    /// <summary>The highest end offset any block has reached: the smallest region that would have held every placement.</summary>
    public ulong HighWater { get; private set; }

    /// <summary>Places a block first fit; false (and nothing changes) when no free run holds its footprint.</summary>
    public bool TryPlace(ulong size, out ulong offset)
    {
        offset = 0;
        if (size > ulong.MaxValue - (alignment - 1))
        {
            return false;
        }

        var footprint = Footprint(size);
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            if (run.Length < footprint)
            {
                continue;
            }

            offset = run.Start;
            if (run.Length == footprint)
            {
                runs.RemoveAt(i);
            }
            else
            {
                runs[i] = new FreeRun(run.Start + footprint, run.Length - footprint);
            }

            HighWater = Math.Max(HighWater, offset + footprint);
            return true;
        }

        return false;
    }

    /// <summary>Frees a block <see cref="TryPlace"/> placed; its bytes join the free runs beside them.</summary>
    public void Release(ulong offset, ulong size)
    {
        var freed = new FreeRun(offset, Footprint(size));
        var index = runs.FindIndex(r => r.Start > offset);
        if (index < 0)
        {
            index = runs.Count;
        }

        runs.Insert(index, freed);
        if (index + 1 < runs.Count && runs[index].End == runs[index + 1].Start)
        {
            runs[index] = new FreeRun(runs[index].Start, runs[index].Length + runs[index + 1].Length);
            runs.RemoveAt(index + 1);
        }

        if (index > 0 && runs[index - 1].End == runs[index].Start)
        {
            runs[index - 1] = new FreeRun(runs[index - 1].Start, runs[index - 1].Length + runs[index].Length);
            runs.RemoveAt(index);
        }
    }

    private ulong Footprint(ulong size) => (size + alignment - 1) / alignment * alignment;

    private readonly record struct FreeRun(ulong Start, ulong Length)
    {
        public ulong End => Start + Length;
    }
}
