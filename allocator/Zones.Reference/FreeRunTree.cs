namespace Zones.Reference;

/// <summary>
/// The free runs of one zone, ordered by offset in a treap whose every node also knows the longest run
/// in its subtree. First fit is then one descent: go left while the left subtree holds a long enough
/// run, stop at the first node that is long enough itself. Every operation is O(log n) expected in the
/// number of runs. Nodes live in one array (index 0 is the empty sentinel), so steady use allocates nothing.
/// </summary>
internal sealed class FreeRunTree
{
    private const int Nil = 0;

    private Node[] _nodes = new Node[16];
    private int[] _path = new int[64];
    private int _depth;
    private int _root = Nil;
    private int _nextUnused = 1;
    private int _freeList = Nil;
    private uint _random = 0x9E3779B9; // fixed seed: the same operations build the same tree every run

    private struct Node
    {
        public nuint Start;
        public nuint Length;
        public nuint Longest; // the longest Length in this node's subtree
        public int Left;
        public int Right;
        public uint Priority;
    }

    /// <summary>Free runs in the tree.</summary>
    public int Count { get; private set; }

    /// <summary>The longest free run, or 0 when there is none.</summary>
    public nuint Longest => _nodes[_root].Longest;

    /// <summary>
    /// Takes <paramref name="length"/> bytes from the front of the lowest-offset run at least that long.
    /// </summary>
    /// <returns>Whether such a run existed; <paramref name="start"/> is where the taken bytes begin.</returns>
    public bool TryTakeFirstFit(nuint length, out nuint start)
    {
        if (_nodes[_root].Longest < length)
        {
            start = 0;
            return false;
        }

        _depth = 0;
        var n = _root;
        while (true)
        {
            Push(n);
            ref var node = ref _nodes[n];
            if (_nodes[node.Left].Longest >= length)
            {
                n = node.Left;
            }
            else if (node.Length >= length)
            {
                break;
            }
            else
            {
                n = node.Right;
            }
        }

        ref var found = ref _nodes[n];
        start = found.Start;
        if (found.Length == length)
        {
            RemovePathEnd();
        }
        else
        {
            // Moving the start forward keeps the order: the run still begins after its predecessor ends.
            found.Start += length;
            found.Length -= length;
            RefreshPath();
        }

        return true;
    }

    /// <summary>
    /// Gives back <paramref name="length"/> bytes at <paramref name="start"/>, which no run covers, merged with
    /// the run that ends where they start and the run that starts where they end. One descent finds both: for
    /// a key that is not in the tree, its predecessor and successor both lie on its search path.
    /// </summary>
    public void Return(nuint start, nuint length)
    {
        _depth = 0;
        int n = _root, before = Nil, after = Nil, beforeDepth = 0, afterDepth = 0;
        while (n != Nil)
        {
            Push(n);
            ref var node = ref _nodes[n];
            if (node.Start < start)
            {
                before = n;
                beforeDepth = _depth;
                n = node.Right;
            }
            else
            {
                after = n;
                afterDepth = _depth;
                n = node.Left;
            }
        }

        var end = start + length;
        var joinsBefore = before != Nil && _nodes[before].Start + _nodes[before].Length == start;
        var joinsAfter = after != Nil && _nodes[after].Start == end;

        // The path is left as the descent wrote it: refreshing from one run up, then removing the other
        // (whose path is a prefix of the same path, as nothing has moved), keeps every Longest right.
        if (joinsBefore && joinsAfter)
        {
            _nodes[before].Length += length + _nodes[after].Length;
            _depth = beforeDepth;
            RefreshPath();
            _depth = afterDepth;
            RemovePathEnd();
        }
        else if (joinsBefore)
        {
            _nodes[before].Length += length;
            _depth = beforeDepth;
            RefreshPath();
        }
        else if (joinsAfter)
        {
            // Moving the start back keeps the order: the run still begins after its predecessor ends.
            _nodes[after].Start = start;
            _nodes[after].Length += length;
            _depth = afterDepth;
            RefreshPath();
        }
        else
        {
            Insert(start, length);
        }
    }

    /// <summary>The run with the highest start at or below <paramref name="offset"/>.</summary>
    public bool TryFindAtOrBefore(nuint offset, out nuint start, out nuint length)
    {
        var best = Nil;
        var n = _root;
        while (n != Nil)
        {
            ref var node = ref _nodes[n];
            if (node.Start <= offset)
            {
                best = n;
                n = node.Right;
            }
            else
            {
                n = node.Left;
            }
        }

        start = _nodes[best].Start;
        length = _nodes[best].Length;
        return best != Nil;
    }

    /// <summary>Adds a run. It must not overlap or touch another run: callers merge first.</summary>
    public void Insert(nuint start, nuint length)
    {
        var fresh = Allocate(start, length);
        var priority = _nodes[fresh].Priority;

        // Walk down by key while the nodes outrank the new one; it takes the place of the first that does
        // not, and that node's subtree splits around the new key into its two children.
        _depth = 0;
        var n = _root;
        while (n != Nil && _nodes[n].Priority >= priority)
        {
            Push(n);
            n = start < _nodes[n].Start ? _nodes[n].Left : _nodes[n].Right;
        }

        Split(n, start, out var left, out var right);
        _nodes[fresh].Left = left;
        _nodes[fresh].Right = right;
        Recompute(fresh);
        ReplaceChild(start, fresh);
        RefreshPath();
        Count++;
    }

    /// <summary>Removes the run that starts at <paramref name="start"/>.</summary>
    public void Remove(nuint start)
    {
        if (Descend(start) == Nil)
        {
            throw new InvalidOperationException($"no free run starts at offset {start}");
        }

        RemovePathEnd();
    }

    /// <summary>Every run, lowest offset first.</summary>
    public IEnumerable<(nuint Start, nuint Length)> InOrder()
    {
        var stack = new Stack<int>();
        var n = _root;
        while (n != Nil || stack.Count > 0)
        {
            while (n != Nil)
            {
                stack.Push(n);
                n = _nodes[n].Left;
            }

            n = stack.Pop();
            yield return (_nodes[n].Start, _nodes[n].Length);
            n = _nodes[n].Right;
        }
    }

    /// <summary>
    /// Checks the tree's own invariants: keys in order, heap order of priorities, and every node's
    /// Longest equal to the longest run below it. Returns a description of the first violation, or null.
    /// </summary>
    public string? FindStructuralFault() => FindFault(_root, nuint.MinValue, nuint.MaxValue, uint.MaxValue, out _);

    private string? FindFault(int n, nuint low, nuint high, uint maxPriority, out nuint longest)
    {
        longest = 0;
        if (n == Nil)
        {
            return null;
        }

        var node = _nodes[n];
        if (node.Start < low || node.Start > high)
        {
            return $"run at offset {node.Start} is out of order";
        }

        if (node.Priority > maxPriority)
        {
            return $"run at offset {node.Start} breaks the heap order of priorities";
        }

        var fault = FindFault(node.Left, low, node.Start, node.Priority, out var leftLongest);
        if (fault is not null)
        {
            return fault;
        }

        fault = FindFault(node.Right, node.Start, high, node.Priority, out var rightLongest);
        if (fault is not null)
        {
            return fault;
        }

        longest = Math.Max(node.Length, Math.Max(leftLongest, rightLongest));
        return longest == node.Longest ? null : $"run at offset {node.Start} records longest {node.Longest}, but its subtree's longest is {longest}";
    }

    private int Descend(nuint start)
    {
        _depth = 0;
        var n = _root;
        while (n != Nil)
        {
            Push(n);
            ref var node = ref _nodes[n];
            if (node.Start == start)
            {
                return n;
            }

            n = start < node.Start ? node.Left : node.Right;
        }

        return Nil;
    }

    private void RemovePathEnd()
    {
        var n = _path[--_depth];
        var merged = Merge(_nodes[n].Left, _nodes[n].Right);
        ReplaceChild(_nodes[n].Start, merged);
        Release(n);
        RefreshPath();
        Count--;
    }

    // The subtree that holds `key` hangs from the node at the end of the path (or is the whole tree when
    // the path is empty); it becomes `replacement`. The side is chosen by key, since the old subtree may be empty.
    private void ReplaceChild(nuint key, int replacement)
    {
        if (_depth == 0)
        {
            _root = replacement;
            return;
        }

        ref var parent = ref _nodes[_path[_depth - 1]];
        if (key < parent.Start)
        {
            parent.Left = replacement;
        }
        else
        {
            parent.Right = replacement;
        }
    }

    private void Split(int n, nuint key, out int left, out int right)
    {
        if (n == Nil)
        {
            left = right = Nil;
            return;
        }

        if (_nodes[n].Start < key)
        {
            Split(_nodes[n].Right, key, out var rightOfRight, out right);
            _nodes[n].Right = rightOfRight;
            left = n;
        }
        else
        {
            Split(_nodes[n].Left, key, out left, out var leftOfLeft);
            _nodes[n].Left = leftOfLeft;
            right = n;
        }

        Recompute(n);
    }

    // Every key in `left` is below every key in `right`.
    private int Merge(int left, int right)
    {
        if (left == Nil)
        {
            return right;
        }

        if (right == Nil)
        {
            return left;
        }

        if (_nodes[left].Priority >= _nodes[right].Priority)
        {
            _nodes[left].Right = Merge(_nodes[left].Right, right);
            Recompute(left);
            return left;
        }

        _nodes[right].Left = Merge(left, _nodes[right].Left);
        Recompute(right);
        return right;
    }

    private void RefreshPath()
    {
        for (var i = _depth - 1; i >= 0; i--)
        {
            Recompute(_path[i]);
        }
    }

    private void Recompute(int n)
    {
        ref var node = ref _nodes[n];
        var longest = node.Length;
        var left = _nodes[node.Left].Longest;
        var right = _nodes[node.Right].Longest;
        if (left > longest)
        {
            longest = left;
        }

        if (right > longest)
        {
            longest = right;
        }

        node.Longest = longest;
    }

    private void Push(int n)
    {
        if (_depth == _path.Length)
        {
            Array.Resize(ref _path, _path.Length * 2);
        }

        _path[_depth++] = n;
    }

    private int Allocate(nuint start, nuint length)
    {
        int n;
        if (_freeList != Nil)
        {
            n = _freeList;
            _freeList = _nodes[n].Left;
        }
        else
        {
            if (_nextUnused == _nodes.Length)
            {
                Array.Resize(ref _nodes, _nodes.Length * 2);
            }

            n = _nextUnused++;
        }

        // xorshift32: cheap, deterministic priorities.
        _random ^= _random << 13;
        _random ^= _random >> 17;
        _random ^= _random << 5;
        _nodes[n] = new Node { Start = start, Length = length, Longest = length, Priority = _random };
        return n;
    }

    private void Release(int n)
    {
        _nodes[n] = new Node { Left = _freeList };
        _freeList = n;
    }
}
