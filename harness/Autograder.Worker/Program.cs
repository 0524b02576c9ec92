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

// One buffer for every answer: once it has grown to the largest case, answering allocates nothing.
using var answer = new FrameWriter();
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
    WorkerProtocol.WriteReady(answer, e.Message);
    channel.Write(answer);
    return 0;
}

WorkerProtocol.WriteReady(answer, null);
channel.Write(answer);
while (channel.Read() is { } frame)
{
    CaseOperations operations;
    ExecutionOptions options;
    using (frame)
    {
        (operations, options) = WorkerProtocol.ReadRun(frame);
    }

    // Observations go back in one frame once the case is over; the progress file says where a crash or a
    // hang happened, so nothing needs to stream while the case runs.
    var observation = CaseExecutor.Run(operations, allocator, options, progressFile);
    WorkerProtocol.WriteCaseEnd(answer, observation with { ConsoleOutput = console.Take() });
    channel.Write(answer);
}

return 0;
