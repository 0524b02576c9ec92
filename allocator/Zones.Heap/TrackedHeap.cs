using System.Runtime.CompilerServices;

namespace Zones.Heap;

/// <summary>
/// An <see cref="INativeHeap"/> over real native memory that counts every call, knows every live block,
/// refuses allocations past an optional byte limit, and records bad frees as <see cref="HeapError"/>s
/// instead of letting them corrupt the process.
/// </summary>
/// <remarks>
/// Not thread-safe: a zone allocator is called from one thread at a time. Disposing the heap gives back
/// every block still live, so a leaking submission never leaks from the grader.
/// </remarks>
public sealed class TrackedHeap : INativeHeap, IDisposable
{
    private readonly AddressTable _addresses = new();
    private readonly Dictionary<nint, AllocationSite>? _sites;
    private readonly List<HeapError> _errors = [];
    private readonly List<nint>? _quarantine;
    private List<LiveAllocation>? _allocationLog;
    private readonly ulong _byteLimit;
    private long _mallocCalls;
    private long _freeCalls;
    private long _refusedMallocs;
    private long _liveBlocks;
    private ulong _liveBytes;
    private ulong _peakBytes;
    private bool _disposed;

    /// <summary>Creates a heap with no limit that does not record allocation sites.</summary>
    public TrackedHeap()
        : this(new TrackedHeapOptions())
    {
    }

    /// <summary>Creates a heap that behaves as <paramref name="options"/> says.</summary>
    public TrackedHeap(TrackedHeapOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _byteLimit = options.ByteLimit ?? ulong.MaxValue;
        _sites = options.RecordAllocationSites ? [] : null;
        _quarantine = options.QuarantineFreedBlocks ? [] : null;
    }

    /// <summary>The options the heap was created with.</summary>
    public TrackedHeapOptions Options { get; }

    /// <summary>The counters as they stand now.</summary>
    public HeapCounters Counters => new(
        _mallocCalls, _freeCalls, _refusedMallocs, _liveBlocks, _liveBytes, _peakBytes, _errors.Count);

    /// <summary>Bad Free calls, in the order they happened.</summary>
    public IReadOnlyList<HeapError> Errors => _errors;

    /// <inheritdoc />
    public nint Malloc(nuint bytes)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _mallocCalls++;
        if (bytes > _byteLimit - _liveBytes)
        {
            _refusedMallocs++;
            return 0;
        }

        // malloc(0) still hands out a distinct address that must be freed: NativeBlocks asks for one byte.
        var address = NativeBlocks.Allocate(bytes);
        if (address == 0)
        {
            _refusedMallocs++;
            return 0;
        }

        _addresses.MarkLive(address, bytes);
        _liveBlocks++;
        _liveBytes += bytes;
        if (_liveBytes > _peakBytes)
        {
            _peakBytes = _liveBytes;
        }

        if (_sites is not null || _allocationLog is not null)
        {
            Record(address, bytes);
        }

        return address;
    }

    /// <inheritdoc />
    public void Free(nint pointer)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (pointer == 0)
        {
            return;
        }

        _freeCalls++;
        switch (_addresses.TryMarkFreed(pointer, out var size))
        {
            case AddressState.Live:
                if (_quarantine is null)
                {
                    NativeBlocks.Release(pointer);
                }
                else
                {
                    _quarantine.Add(pointer);
                }

                _liveBlocks--;
                _liveBytes -= size;
                _sites?.Remove(pointer);
                break;
            case AddressState.Freed:
                RecordError(HeapErrorKind.DoubleFree, pointer, $"double free of 0x{pointer:x}: that block ({size} bytes) was freed already");
                break;
            default:
                RecordBadPointer(pointer);
                break;
        }
    }

    /// <summary>Starts listing every block Malloc hands out, until <see cref="StopAllocationLog"/>.</summary>
    public void StartAllocationLog() => _allocationLog = [];

    /// <summary>The blocks handed out since <see cref="StartAllocationLog"/>, in order; stops listing.</summary>
    public IReadOnlyList<LiveAllocation> StopAllocationLog()
    {
        var log = _allocationLog ?? [];
        _allocationLog = null;
        return log;
    }

    /// <summary>Whether <paramref name="address"/> is the start of a live block.</summary>
    public bool IsLive(nint address) => _addresses.IsLive(address);

    /// <summary>
    /// The live block whose bytes include <paramref name="address"/>, or null. Scans every live block:
    /// meant for once per zone or per failure, not per operation.
    /// </summary>
    public LiveAllocation? FindBlockContaining(nint address)
    {
        foreach (var (start, size) in _addresses.LiveEntries())
        {
            if (address >= start && (nuint)(address - start) < Math.Max(size, 1))
            {
                return Describe(start, size);
            }
        }

        return null;
    }

    /// <summary>Every block still live, lowest address first: after the last zone is destroyed, the leaks.</summary>
    public IReadOnlyList<LiveAllocation> LiveAllocations() =>
        _addresses.LiveEntries().OrderBy(entry => entry.Address).Select(entry => Describe(entry.Address, entry.Size)).ToList();

    /// <summary>Gives back every block still live. The heap cannot be used afterwards.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var (address, _) in _addresses.LiveEntries())
        {
            NativeBlocks.Release(address);
        }

        foreach (var address in _quarantine ?? [])
        {
            NativeBlocks.Release(address);
        }
    }

    // Out of line: only diagnostic runs and create_zone steps pay for it.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Record(nint address, nuint bytes)
    {
        if (_sites is not null)
        {
            _sites[address] = AllocationSite.OfCaller();
        }

        _allocationLog?.Add(new LiveAllocation(address, bytes, null));
    }

    private LiveAllocation Describe(nint address, nuint size) =>
        new(address, size, _sites is not null && _sites.TryGetValue(address, out var site) ? site : null);

    private void RecordBadPointer(nint pointer)
    {
        var owner = FindBlockContaining(pointer);
        if (owner is null)
        {
            RecordError(HeapErrorKind.UnknownPointerFree, pointer, $"free of 0x{pointer:x}, which this heap never handed out");
            return;
        }

        var site = owner.Site is null ? string.Empty : $", allocated in {owner.Site}";
        RecordError(
            HeapErrorKind.InteriorPointerFree,
            pointer,
            $"free of 0x{pointer:x}, which points {pointer - owner.Address} bytes into a live block of {owner.Size} bytes{site}; free takes the address Malloc returned");
    }

    private void RecordError(HeapErrorKind kind, nint pointer, string detail) =>
        _errors.Add(new HeapError(kind, pointer, AllocationSite.OfCaller(), detail));
}
