using System.Globalization;

namespace Autograder.Compilation.Rules;

/// <summary>One instruction of the submission that calls <c>INativeHeap.Malloc</c> (or takes it as a delegate).</summary>
/// <param name="Method">The submission's method that holds the call, as <c>Namespace.Type.Method</c>.</param>
/// <param name="ILOffset">Where the call is in that method's IL.</param>
/// <param name="Target">The Malloc called: <c>Zones.INativeHeap.Malloc</c>, or the Malloc of the
/// submission's own type that implements <c>INativeHeap</c>.</param>
public sealed record MallocCallSite(string Method, int ILOffset, string Target)
{
    /// <summary>The call site as one line: method, IL offset, target.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Method} IL_{ILOffset:x4} calls {Target}");
}
