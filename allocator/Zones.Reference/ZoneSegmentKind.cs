namespace Zones.Reference;

/// <summary>What a stretch of a zone's region holds.</summary>
public enum ZoneSegmentKind
{
    /// <summary>A live block.</summary>
    Block,

    /// <summary>A maximal run of free bytes.</summary>
    Free,
}
