// Wipes the bookkeeping of the heap object through reflection: numeric counters to 0, arrays, lists and tables emptied.
using System.Collections;
using System.Reflection;

namespace Hostile;

public sealed partial class TampersWithTheHeap
{
    private const BindingFlags InstanceFields = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    // Counters worth zeroing, by name; a field such as a hash shift is left alone so the heap keeps working.
    private static readonly string[] CounterWords = ["live", "used", "count", "bytes", "calls", "blocks", "peak"];

    /// <summary>Wipes <paramref name="heap"/> and the objects it holds, three levels deep.</summary>
    private static void WipeBookkeeping(object heap) =>
        Wipe(heap, depth: 0, new HashSet<object>(ReferenceEqualityComparer.Instance));

    private static void Wipe(object target, int depth, HashSet<object> seen)
    {
        if (depth > 3 || !seen.Add(target))
        {
            return;
        }

        for (var type = target.GetType(); type is not null && type != typeof(object); type = type.BaseType)
        {
            foreach (var field in type.GetFields(InstanceFields))
            {
                try
                {
                    WipeField(target, field, depth, seen);
                }
                catch (Exception)
                {
                    // A field that resists is left as it is.
                }
            }
        }
    }

    private static void WipeField(object target, FieldInfo field, int depth, HashSet<object> seen)
    {
        switch (field.GetValue(target))
        {
            case null:
                return;
            case Array array:
                Array.Clear(array);
                return;
            case IList list:
                list.Clear();
                return;
            case IDictionary table:
                table.Clear();
                return;
            case int or long or uint or ulong or nint or nuint when !field.IsInitOnly && IsCounter(field.Name):
                field.SetValue(target, Activator.CreateInstance(field.FieldType));
                return;
            case var value when value.GetType().GetMethod("Clear", Type.EmptyTypes) is { } clear:
                clear.Invoke(value, null);
                return;
            case var value when !field.FieldType.IsValueType && field.FieldType.Assembly != typeof(object).Assembly:
                Wipe(value, depth + 1, seen);
                return;
        }
    }

    private static bool IsCounter(string name) =>
        CounterWords.Any(word => name.Contains(word, StringComparison.OrdinalIgnoreCase));
}
