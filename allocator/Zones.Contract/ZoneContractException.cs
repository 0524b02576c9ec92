namespace Zones;

/// <summary>
/// Thrown when a caller breaks a precondition of <see cref="IZoneAllocator"/>: a size of 0, a handle
/// that is not a live zone, or a pointer that is not the start of a live block of that zone. Throwing
/// it must leave every zone exactly as it was.
/// </summary>
public sealed class ZoneContractException : Exception
{
    /// <summary>Creates the exception with a message saying which precondition was broken.</summary>
    public ZoneContractException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public ZoneContractException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
