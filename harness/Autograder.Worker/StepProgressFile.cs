using System.IO.MemoryMappedFiles;
using Autograder.Execution;

namespace Autograder.Worker;

/// <summary>
/// Eight bytes shared with the grader through a mapped file: the index of the step under way. When the
/// worker crashes or hangs, the grader reads it to say which step it was. Marking a step is one store
/// through a pointer held for the worker's life (the view accessor's Write takes and releases the
/// mapping's handle on every call, 40 ns a step).
/// </summary>
internal sealed unsafe class StepProgressFile : CaseProgress, IDisposable
{
    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    private readonly long* _step;

    public StepProgressFile(string path)
    {
        _file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, mapName: null, capacity: 8, MemoryMappedFileAccess.ReadWrite);
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
    }
}
