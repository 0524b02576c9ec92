using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Xunit;

namespace Autograder.Testing;

/// <summary>
/// Compares text a person reads with an approved copy in Snapshots/NAME.verified.txt beside the tests.
/// A difference writes NAME.received.txt next to it and fails; approving is renaming it.
/// </summary>
public static partial class Snapshot
{
    public static void Match(string name, string actual, [CallerFilePath] string testFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
        var verified = Path.Combine(folder, name + ".verified.txt");
        var received = Path.Combine(folder, name + ".received.txt");
        var scrubbed = Scrub(actual);
        if (File.Exists(verified) && File.ReadAllText(verified) == scrubbed)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(received, scrubbed);
        Assert.Fail(File.Exists(verified)
            ? $"{name} differs from its snapshot; compare {received} with {verified}, and rename it if the change is right."
            : $"{name} has no snapshot yet; review {received} and rename it to {Path.GetFileName(verified)}.");
    }

    // Native addresses and source line numbers change from run to run and edit to edit.
    private static string Scrub(string text) =>
        SourceLine().Replace(Address().Replace(text.ReplaceLineEndings("\n"), "0xADDRESS"), ".cs:LINE");

    [GeneratedRegex("0x[0-9a-f]{6,}")]
    private static partial Regex Address();

    [GeneratedRegex(@"\.cs:\d+")]
    private static partial Regex SourceLine();
}
