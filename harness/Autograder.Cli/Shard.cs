using System.Globalization;

namespace Autograder.Cli;

/// <summary>
/// <c>--shard i/n</c>: this run grades the i-th of n shares of the batch (i from 1 to n). Submission k of the
/// whole batch, in its stable order, belongs to share (k mod n) + 1, so the shares are disjoint, together
/// cover the batch, and differ in size by at most one.
/// </summary>
/// <param name="Index">Which share, from 1 to <paramref name="Count"/>.</param>
/// <param name="Count">How many shares.</param>
internal sealed record Shard(int Index, int Count)
{
    /// <summary>The whole batch in one run.</summary>
    public static Shard Whole { get; } = new(1, 1);

    /// <summary>Whether the submission at <paramref name="ordinal"/> is this shard's.</summary>
    public bool Holds(int ordinal) => ordinal % Count == Index - 1;

    /// <summary>Reads "i/n", as in <c>--shard 2/8</c>.</summary>
    public static Shard Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index >= 1 && index <= count)
        {
            return new Shard(index, count);
        }

        throw new UserInputException($"--shard '{text}' is not i/n with 1 <= i <= n: write --shard 1/4 for the first of four shares (with a 0-based job index such as Kubernetes' JOB_COMPLETION_INDEX, pass $((JOB_COMPLETION_INDEX + 1))/4).");
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
