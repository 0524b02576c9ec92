using System.Diagnostics;
using Autograder.Cases;
using Zones;

namespace Autograder.Benchmarks;

/// <summary>
/// A malloc-lab trace imported as a zone case and flattened to arrays, replayed straight into an allocator:
/// the allocator's own speed on real programs' allocation patterns, without the grader's bookkeeping.
/// </summary>
internal sealed class TraceReplay
{
    private readonly Operation[] _operations;
    private readonly int[] _blocks;
    private readonly nuint[] _sizes;
    private readonly int _slots;

    private TraceReplay(string name, CaseDefinition @case)
    {
        Name = name;
        Case = @case;
        var steps = @case.Steps;
        _operations = [.. steps.Select(step => step.Operation)];
        _blocks = [.. steps.Select(step => step.Block)];
        _sizes = [.. steps.Select(step => (nuint)step.Size)];
        _slots = steps.Select(step => step.Block).DefaultIfEmpty(0).Max() + 1;
    }

    public string Name { get; }

    public CaseDefinition Case { get; }

    /// <summary>Operations other than creating and destroying the zone.</summary>
    public int Operations => _operations.Count(operation => operation is Operation.Zalloc or Operation.Zfree);

    public static TraceReplay Import(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return new TraceReplay(name, MallocLabTraceImporter.Import(path, "trace", $"The trace {name}.", zoneSize: null));
    }

    /// <summary>Replays the trace once into a fresh allocator and returns how long the operations took.</summary>
    public TimeSpan Replay(Func<INativeHeap, IZoneAllocator> create, INativeHeap heap)
    {
        var allocator = create(heap);
        var live = new nint[_slots];
        var zone = nint.Zero;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < _operations.Length; i++)
        {
            switch (_operations[i])
            {
                case Operation.CreateZone:
                    zone = allocator.CreateZone(_sizes[i]);
                    break;
                case Operation.Zalloc:
                    var block = allocator.Zalloc(zone, _sizes[i]);
                    if (_blocks[i] >= 0)
                    {
                        live[_blocks[i]] = block;
                    }

                    break;
                case Operation.Zfree:
                    allocator.Zfree(zone, _blocks[i] >= 0 ? live[_blocks[i]] : nint.Zero);
                    break;
                case Operation.DestroyZone:
                    allocator.DestroyZone(zone);
                    break;
                default:
                    throw new InvalidOperationException($"{Name}: a trace has no {_operations[i]} step");
            }
        }

        return clock.Elapsed;
    }
}
