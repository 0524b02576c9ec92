namespace Autograder.Cases;

/// <summary>Gives each distinct name one slot, numbered in order of first binding; rebinding reuses the slot.</summary>
internal sealed class SlotTable
{
    private readonly Dictionary<string, int> slots = new(StringComparer.Ordinal);
    private readonly List<string> names = [];

    public IReadOnlyList<string> Names => names;

    public int Bind(string name)
    {
        if (!slots.TryGetValue(name, out var slot))
        {
            slot = names.Count;
            slots.Add(name, slot);
            names.Add(name);
        }

        return slot;
    }

    public bool TryFind(string name, out int slot) => slots.TryGetValue(name, out slot);
}
