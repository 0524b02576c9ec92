using System.Runtime.Loader;
using Autograder.Execution;
using Autograder.Execution.Channel;
using Autograder.Worker;
using Zones;

// Usage: Autograder.Worker ASSEMBLY [PDB|-] [PROGRESS-FILE|-]
// Requests come on standard input; answers go to the original standard output, which nothing else may use.
var channel = new FrameChannel(Console.OpenStandardInput(), StandardOutputTakeover.Take());
var console = new WorkerConsole();
Console.SetOut(console);
Console.SetError(console);

using var progressFile = args.Length > 2 && args[2] != "-" ? new StepProgressFile(args[2]) : null;
Func<INativeHeap, IZoneAllocator> allocator;
try
{
    var context = new AssemblyLoadContext("submission", isCollectible: true);
    using var assembly = File.OpenRead(args[0]);
    using var pdb = args.Length > 1 && args[1] != "-" ? File.OpenRead(args[1]) : null;
    allocator = SubmittedAllocator.Find(context.LoadFromStream(assembly, pdb));
}
catch (Exception e) when (e is AllocatorDiscoveryException or BadImageFormatException or IOException)
{
    channel.Write(new WorkerMessage { Kind = WorkerMessageKind.Ready, LoadProblem = e.Message });
    return 0;
}

channel.Write(new WorkerMessage { Kind = WorkerMessageKind.Ready });
while (channel.Read() is { } request)
{
    if (request is not { Kind: WorkerMessageKind.Run, Case: { } @case })
    {
        throw new ChannelProtocolException($"the worker expects Run messages, not {request.Kind}");
    }

    var streaming = new StreamingProgress(channel, progressFile);
    var observation = CaseExecutor.Run(@case, allocator, request.Options, streaming);
    streaming.Flush();
    channel.Write(new WorkerMessage
    {
        Kind = WorkerMessageKind.CaseEnd,
        Observation = observation with { Steps = [], ConsoleOutput = console.Take() },
    });
}

return 0;
