using System.IO.MemoryMappedFiles;
using Autograder.Compilation;

namespace Autograder.Isolation;

/// <summary>
/// The files one worker may see: the compiled submission (read-only) and the channel folder holding the
/// step-progress file (writable), in a fresh folder readable by the sandbox's unprivileged user.
/// </summary>
internal sealed class WorkerStage : IDisposable
{
    private const UnixFileMode Readable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
    private const UnixFileMode Traversable = Readable | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    private readonly MemoryMappedFile _progressFile;
    private readonly MemoryMappedViewAccessor _progress;

    public WorkerStage(CompiledSubmission submission)
    {
        Root = Directory.CreateTempSubdirectory("autograder-worker-").FullName;
        SubmissionFolder = Path.Combine(Root, "submission");
        ChannelFolder = Path.Combine(Root, "channel");
        Directory.CreateDirectory(SubmissionFolder);
        Directory.CreateDirectory(ChannelFolder);
        AssemblyPath = Path.Combine(SubmissionFolder, "submission.dll");
        File.WriteAllBytes(AssemblyPath, submission.AssemblyBytes.ToArray());
        if (!submission.PdbBytes.IsEmpty)
        {
            PdbPath = Path.Combine(SubmissionFolder, "submission.pdb");
            File.WriteAllBytes(PdbPath, submission.PdbBytes.ToArray());
        }

        ProgressPath = Path.Combine(ChannelFolder, "progress");
        File.WriteAllBytes(ProgressPath, new byte[8]);
        if (!OperatingSystem.IsWindows())
        {
            // The sandboxed worker runs as 'nobody': it reads the submission and writes only the progress file.
            File.SetUnixFileMode(Root, Traversable);
            File.SetUnixFileMode(SubmissionFolder, Traversable);
            File.SetUnixFileMode(ChannelFolder, Traversable);
            File.SetUnixFileMode(AssemblyPath, Readable);
            if (PdbPath is not null)
            {
                File.SetUnixFileMode(PdbPath, Readable);
            }

            File.SetUnixFileMode(ProgressPath, Readable | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite);
        }

        // The grader maps the file too: resetting it before every case is then a store, not a file write.
        _progressFile = MemoryMappedFile.CreateFromFile(ProgressPath, FileMode.Open, mapName: null, capacity: 8, MemoryMappedFileAccess.ReadWrite);
        _progress = _progressFile.CreateViewAccessor(0, 8);
        ResetProgress();
    }

    public string Root { get; }

    public string SubmissionFolder { get; }

    public string ChannelFolder { get; }

    public string AssemblyPath { get; }

    public string? PdbPath { get; }

    public string ProgressPath { get; }

    /// <summary>Sets the step under way to "none" before a case starts.</summary>
    public void ResetProgress() => _progress.Write(0, -1L);

    /// <summary>The step the worker last marked as under way, or null.</summary>
    public int? ReadProgress()
    {
        var step = _progress.ReadInt64(0);
        return step is >= 0 and <= int.MaxValue ? (int)step : null;
    }

    public void Dispose()
    {
        _progress.Dispose();
        _progressFile.Dispose();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A worker still dying may hold a file open; the temp folder is cleaned by the system later.
        }
    }
}
