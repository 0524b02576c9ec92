using System.IO.MemoryMappedFiles;
using System.Runtime.Loader;
using Autograder.Cases;
using Autograder.Checking;
using Autograder.Execution;
using Autograder.Execution.Channel;
using Autograder.Isolation;
using Zones;

namespace Autograder.Benchmarks;

internal static partial class IsolationCosts
{
    // Each part of a case's trip through the worker that can be timed in this process, on the same data.
    private static List<(string What, double Milliseconds)> Breakdown(CaseDefinition @case, Func<INativeHeap, IZoneAllocator> direct)
    {
        var operations = CaseOperations.Of(@case);
        var observation = CaseExecutor.Run(@case, direct);
        using var writer = new FrameWriter();
        using var buffer = new MemoryStream();
        var channel = new FrameChannel(buffer, buffer);
        using var progressFile = new MappedProgress();
        var withProgress = new List<double>();
        var alone = new List<double>();
        var encodeRun = new List<double>();
        var decodeRun = new List<double>();
        var encodeEnd = new List<double>();
        var decodeEnd = new List<double>();
        for (var i = 0; i < Rounds + 2; i++)
        {
            alone.Add(Milliseconds(() => CaseExecutor.Run(operations, direct)));
            withProgress.Add(Milliseconds(() => CaseExecutor.Run(operations, direct, null, progressFile)));
            encodeRun.Add(Milliseconds(() => Send(channel, buffer, writer, w => WorkerProtocol.WriteRun(w, operations, ExecutionOptions.Default))));
            decodeRun.Add(Milliseconds(() => Receive(channel, buffer, frame => WorkerProtocol.ReadRun(frame))));
            encodeEnd.Add(Milliseconds(() => Send(channel, buffer, writer, w => WorkerProtocol.WriteCaseEnd(w, observation))));
            decodeEnd.Add(Milliseconds(() => Receive(channel, buffer, frame => WorkerProtocol.ReadCaseEnd(frame, operations))));
        }

        return
        [
            ("marking each step in the mapped progress file (executor with it, less without)", Median(withProgress.Skip(2)) - Median(alone.Skip(2))),
            ($"the Run frame ({Size(channel, buffer, writer, w => WorkerProtocol.WriteRun(w, operations, ExecutionOptions.Default))} bytes): encoding in the grader", Median(encodeRun.Skip(2))),
            ("the Run frame: decoding in the worker", Median(decodeRun.Skip(2))),
            ($"the CaseEnd frame ({Size(channel, buffer, writer, w => WorkerProtocol.WriteCaseEnd(w, observation))} bytes): encoding in the worker", Median(encodeEnd.Skip(2))),
            ("the CaseEnd frame: decoding and checking its shape in the grader", Median(decodeEnd.Skip(2))),
        ];
    }

    private static void Send(FrameChannel channel, MemoryStream buffer, FrameWriter writer, Action<FrameWriter> write)
    {
        buffer.SetLength(0);
        write(writer);
        channel.Write(writer);
        buffer.Position = 0;
    }

    private static void Receive<T>(FrameChannel channel, MemoryStream buffer, Func<Frame, T> read)
    {
        buffer.Position = 0;
        using var frame = channel.Read()!;
        read(frame);
    }

    private static long Size(FrameChannel channel, MemoryStream buffer, FrameWriter writer, Action<FrameWriter> write)
    {
        Send(channel, buffer, writer, write);
        return buffer.Length;
    }

    // Grading a sample that fails several cases, every failure minimized: each ddmin candidate is a case run.
    private static void Minimization(TextWriter output, string root)
    {
        var nextFit = Compile(Path.Combine(root, "allocator", "samples", "NextFit"));
        var cases = Directory.GetFiles(Path.Combine(root, "cases", "public"), "*.case").Order(StringComparer.Ordinal).Select(CaseParser.Load).ToList();
        var reference = new ReferenceAnswers();
        cases.ForEach(@case => reference.For(@case));
        var context = new AssemblyLoadContext("minimization", isCollectible: true);
        var inProcess = new CaseGrader(new InProcessCaseRunner(SubmittedAllocator.Find(nextFit.LoadInto(context))), reference);
        using var isolated = new IsolatedCaseRunner(nextFit);
        var throughWorker = new CaseGrader(isolated, reference);
        var failing = cases.Count(@case => inProcess.Grade(@case).Minimized is not null);
        cases.ForEach(@case => throughWorker.Grade(@case));
        var worker = new List<double>();
        var alone = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            worker.Add(Milliseconds(() => cases.ForEach(@case => throughWorker.Grade(@case))));
            alone.Add(Milliseconds(() => cases.ForEach(@case => inProcess.Grade(@case))));
        }

        output.WriteLine(
            $"grading NextFit on the {cases.Count} public cases, {failing} failing ones minimized: {Median(worker):0.0} ms through the worker, {Median(alone):0.0} ms in process: {Median(worker) / Median(alone):0.00}x");
        context.Unload();
    }

    /// <summary>The worker's progress file, in this process: a store into mapped memory per step, as the worker does it.</summary>
    private sealed unsafe class MappedProgress : CaseProgress, IDisposable
    {
        private readonly string _path = Path.GetTempFileName();
        private readonly MemoryMappedFile _file;
        private readonly MemoryMappedViewAccessor _view;
        private readonly long* _step;

        public MappedProgress()
        {
            File.WriteAllBytes(_path, new byte[8]);
            _file = MemoryMappedFile.CreateFromFile(_path, FileMode.Open, mapName: null, capacity: 8, MemoryMappedFileAccess.ReadWrite);
            _view = _file.CreateViewAccessor(0, 8);
            byte* start = null;
            _view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
            _step = (long*)(start + _view.PointerOffset);
        }

        public override void StepStarting(int stepIndex) => Volatile.Write(ref *_step, stepIndex);

        public void Dispose()
        {
            _view.SafeMemoryMappedViewHandle.ReleasePointer();
            _view.Dispose();
            _file.Dispose();
            File.Delete(_path);
        }
    }
}
