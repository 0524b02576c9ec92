using Zones;

namespace Autograder.Reports.Tests;

/// <summary>block_size throws an exception whose message is full of characters HTML and XML must escape.</summary>
internal sealed class ThrowsMarkup(INativeHeap heap) : PassThroughAllocator(heap)
{
    public const string Message = "<script>alert('pwned')</script> & \"quotes\" | pipes ``` fences \u0001";

    public override nuint BlockSize(nint zone, nint block) => throw new InvalidOperationException(Message);
}
