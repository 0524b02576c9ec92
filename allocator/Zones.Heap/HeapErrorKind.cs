namespace Zones.Heap;

/// <summary>A misuse of the heap that C's free would turn into undefined behaviour.</summary>
public enum HeapErrorKind
{
    /// <summary>Free of an address that was freed already and not handed out again.</summary>
    DoubleFree,

    /// <summary>Free of an address that points inside a live block rather than at its start.</summary>
    InteriorPointerFree,

    /// <summary>Free of an address this heap never handed out.</summary>
    UnknownPointerFree,
}
