namespace Autograder.Cases;

/// <summary>The contract operation a case step calls, named as in the C assignment.</summary>
public enum Operation
{
    /// <summary><c>z = create_zone N</c></summary>
    CreateZone,

    /// <summary><c>a = zalloc z N</c></summary>
    Zalloc,

    /// <summary><c>zfree z a</c></summary>
    Zfree,

    /// <summary><c>block_size z a</c></summary>
    BlockSize,

    /// <summary><c>zone_size z</c></summary>
    ZoneSize,

    /// <summary><c>destroy_zone z</c></summary>
    DestroyZone,

    /// <summary><c>zdump z</c></summary>
    Zdump,
}
