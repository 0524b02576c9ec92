using System.Reflection;
using Zones;

namespace Autograder.Execution;

/// <summary>
/// Finds the one public, non-abstract class of a submission that implements <see cref="IZoneAllocator"/>
/// and has a public constructor taking an <see cref="INativeHeap"/>, and builds it.
/// </summary>
public static class SubmittedAllocator
{
    /// <summary>A factory for the submission's allocator.</summary>
    /// <exception cref="AllocatorDiscoveryException">No such class, several, or no suitable constructor.</exception>
    public static Func<INativeHeap, IZoneAllocator> Find(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            types = e.Types.OfType<Type>().ToArray();
        }

        var candidates = types
            .Where(type => typeof(IZoneAllocator).IsAssignableFrom(type) && type is { IsClass: true, IsAbstract: false })
            .ToList();
        var visible = candidates.Where(type => type.IsPublic).ToList();
        if (visible.Count == 0)
        {
            throw new AllocatorDiscoveryException(candidates.Count == 0
                ? "No class implements Zones.IZoneAllocator. Write 'public sealed class ZoneAllocator : IZoneAllocator' with a constructor taking an INativeHeap."
                : $"{candidates[0].FullName} implements IZoneAllocator but is not public. Make it 'public'.");
        }

        if (visible.Count > 1)
        {
            throw new AllocatorDiscoveryException(
                $"{visible.Count} public classes implement IZoneAllocator ({string.Join(", ", visible.Select(type => type.FullName))}). Keep exactly one public; make the others internal.");
        }

        var allocator = visible[0];
        var constructor = allocator.GetConstructor([typeof(INativeHeap)])
            ?? throw new AllocatorDiscoveryException(
                $"{allocator.FullName} has no public constructor taking an INativeHeap. Add 'public {allocator.Name}(INativeHeap heap)'; the grader passes the heap your Malloc calls must use.");
        return heap =>
        {
            try
            {
                return (IZoneAllocator)constructor.Invoke([heap]);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                // The constructor's own exception, not reflection's wrapper, is what the student needs.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }
        };
    }
}
