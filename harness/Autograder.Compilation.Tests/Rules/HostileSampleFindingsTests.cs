namespace Autograder.Compilation.Tests.Rules;

/// <summary>What the IL rules say about each hostile sample of the isolation tests (scanned, never run).</summary>
public sealed class HostileSampleFindingsTests
{
    private const string Reflection = "submissions may not use reflection";

    public static TheoryData<string, string[]> Flagged => new()
    {
        {
            "AllocatesNativeMemoryDirectly",
            ["banned-api Hostile.AllocatesNativeMemoryDirectly.Zalloc: calls System.Runtime.InteropServices.NativeMemory.Alloc: submissions may not take memory anywhere but from the INativeHeap they are given"]
        },
        {
            "AllocatesNativeUntilRefused",
            ["malloc-call-sites Hostile.LinkedListZones.NewNode: calls INativeHeap.Malloc from 4 places (Hostile.AllocatesNativeUntilRefused.Zalloc, Hostile.LinkedListZones.CreateZone twice, Hostile.LinkedListZones.NewNode)"]
        },
        {
            "ExitsTheProcess",
            ["banned-api Hostile.ExitsTheProcess.Zalloc: calls System.Environment.Exit: submissions may not end the process"]
        },
        {
            "FailFast",
            ["banned-api Hostile.FailFast.Zalloc: calls System.Environment.FailFast: submissions may not end the process"]
        },
        {
            "OpensASocket",
            [
                "banned-api Hostile.OpensASocket.Connects: creates a System.Net.Sockets.TcpClient: submissions may not use the network",
                "banned-api Hostile.OpensASocket.Connects: calls System.Net.Sockets.TcpClient.ConnectAsync: submissions may not use the network",
                "banned-api Hostile.OpensASocket.Connects: reads the property System.Net.Sockets.TcpClient.Connected: submissions may not use the network",
            ]
        },
        {
            "ReadsFiles",
            [
                "banned-api Hostile.ReadsFiles.ReadTheGradersFiles: calls System.IO.Directory.EnumerateFiles: submissions may not read or write files",
                "banned-api Hostile.ReadsFiles.ReadTheGradersFiles: calls System.IO.File.ReadAllText: submissions may not read or write files",
            ]
        },
        {
            "StartsAProcess",
            [
                "banned-api Hostile.StartsAProcess.Zalloc: calls System.Diagnostics.Process.Start: submissions may not start other programs",
                "banned-api Hostile.StartsAProcess.Zalloc: calls System.Diagnostics.Process.WaitForExit: submissions may not start other programs",
            ]
        },
        {
            "TampersWithTheHeap",
            [
                $"banned-api Hostile.TampersWithTheHeap.Wipe: calls System.Type.GetFields: {Reflection}",
                $"banned-api Hostile.TampersWithTheHeap.WipeField: calls System.Reflection.FieldInfo.GetValue: {Reflection}",
                $"banned-api Hostile.TampersWithTheHeap.WipeField: reads the property System.Reflection.FieldInfo.IsInitOnly: {Reflection}",
                $"banned-api Hostile.TampersWithTheHeap.WipeField: reads the property System.Reflection.FieldInfo.FieldType: {Reflection}",
                $"banned-api Hostile.TampersWithTheHeap.WipeField: calls System.Activator.CreateInstance: {Reflection}",
                $"banned-api Hostile.TampersWithTheHeap.WipeField: calls System.Reflection.FieldInfo.SetValue: {Reflection}",
                $"banned-api Hostile.TampersWithTheHeap.WipeField: calls System.Type.GetMethod: {Reflection}",
                $"banned-api Hostile.TampersWithTheHeap.WipeField: calls System.Reflection.MethodBase.Invoke: {Reflection}",
                $"banned-api Hostile.TampersWithTheHeap.WipeField: calls System.Reflection.Assembly.op_Inequality: {Reflection}",
            ]
        },
        {
            "ThreadsThatNeverStop",
            ["banned-api Hostile.ThreadsThatNeverStop.Zalloc: creates a System.Threading.Thread: submissions may not start threads or timers"]
        },
        {
            "ThrowsOnAnotherThread",
            ["banned-api Hostile.ThrowsOnAnotherThread.Zalloc: creates a System.Threading.Thread: submissions may not start threads or timers"]
        },
        {
            "WritesFakeChannelMessages",
            [
                "banned-api Hostile.WritesFakeChannelMessages.ForgeMessages: creates a Microsoft.Win32.SafeHandles.SafeFileHandle: submissions may not read or write files",
                "banned-api Hostile.WritesFakeChannelMessages.ForgeMessages: creates a System.IO.FileStream: submissions may not read or write files",
            ]
        },
        {
            "WritesIntoTheChannel",
            [
                "banned-api Hostile.WritesIntoTheChannel.Zalloc: creates a Microsoft.Win32.SafeHandles.SafeFileHandle: submissions may not read or write files",
                "banned-api Hostile.WritesIntoTheChannel.Zalloc: creates a System.IO.FileStream: submissions may not read or write files",
                "banned-api Hostile.WritesIntoTheChannel.ChannelCandidates: calls System.IO.Directory.GetFiles: submissions may not read or write files",
                "banned-api Hostile.WritesIntoTheChannel.ChannelCandidates: creates a System.IO.FileInfo: submissions may not read or write files",
                "banned-api Hostile.WritesIntoTheChannel.ChannelCandidates: reads the property System.IO.FileSystemInfo.LinkTarget: submissions may not read or write files",
                "banned-api Hostile.WritesIntoTheChannel.IsWriteOnly: calls System.IO.File.ReadAllLines: submissions may not read or write files",
            ]
        },
    };

    // Misbehaving with nothing but loops, recursion, pointers, allocation and sleep: only isolation stops these.
    public static TheoryData<string> Unflagged => new(["AccessViolation", "AllocatesManagedWithoutBound", "InfiniteLoop", "SleepForever", "StackOverflow"]);

    [Theory]
    [MemberData(nameof(Flagged))]
    public void The_rules_flag_what_the_sample_does(string sample, string[] expected)
    {
        var result = Scanned.Folder(HostileSamples.PathOf(sample));

        // Each detail up to the ';' that starts its advice.
        Assert.Equal(expected, result.Findings.Select(finding => $"{finding.RuleId} {finding.Method}: {finding.Detail.Split(';')[0]}"));
    }

    [Theory]
    [MemberData(nameof(Unflagged))]
    public void The_rules_see_nothing_wrong_in_the_sample(string sample)
    {
        var result = Scanned.Folder(HostileSamples.PathOf(sample));

        Assert.Empty(result.Findings);
        Assert.Equal(3, result.MallocCallSites.Count);
    }

    [Fact]
    public void Every_hostile_sample_is_checked_here()
    {
        var checkedSamples = ((IEnumerable<object[]>)Flagged).Concat(Unflagged).Select(row => (string)row[0]);

        Assert.Equal(HostileSamples.Expected, checkedSamples.Order(StringComparer.Ordinal));
    }
}
