using System.IO.MemoryMappedFiles;
using Autograder.Execution;

namespace Autograder.Worker;

/// <summary>
/// Eight bytes shared with the grader through a mapped file: the index of the step under way. When the
/// worker crashes or hangs, the grader reads it to say which step it was. Marking a step is a store into
/// mapped memory, a few nanoseconds.
/// </summary>
internal sealed class StepProgressFile : CaseProgress, IDisposable
{
    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;

    public StepProgressFile(string path)
    {
        _file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, mapName: null, capacity: 8, MemoryMappedFileAccess.ReadWrite);
        _view = _file.CreateViewAccessor(0, 8);
    }

    public override void StepStarting(int stepIndex) => _view.Write(0, (long)stepIndex);

    public void Dispose()
    {
        _view.Dispose();
        _file.Dispose();
    }
}
