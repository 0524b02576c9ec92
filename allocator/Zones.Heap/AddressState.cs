namespace Zones.Heap;

/// <summary>What an address passed to Free turned out to be.</summary>
internal enum AddressState
{
    /// <summary>Never handed out by this heap.</summary>
    Unknown,

    /// <summary>A live block.</summary>
    Live,

    /// <summary>Handed out once, and freed already.</summary>
    Freed,
}
