using System.Collections.Concurrent;
using System.Diagnostics;
using Autograder.Execution.Channel;

namespace Autograder.Isolation;

/// <summary>
/// One running worker: its channel, its standard error, and the means to stop it. A reader thread takes
/// messages off the channel as they come, so every wait has a deadline and a hung worker cannot hang the
/// grader.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly FrameChannel _channel;
    private readonly BlockingCollection<(ReceiveOutcome Outcome, Frame? Frame, string? Problem)> _inbox = new();
    private readonly StandardErrorTail _standardError = new();

    private WorkerProcess(Process process)
    {
        _process = process;
        _channel = new FrameChannel(process.StandardOutput.BaseStream, process.StandardInput.BaseStream);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                _standardError.Append(e.Data);
            }
        };
        process.BeginErrorReadLine();
        new Thread(ReadMessages) { IsBackground = true, Name = $"worker {process.Id} channel" }.Start();
    }

    public int Id => _process.Id;

    public string StandardError => _standardError.ToString();

    public static WorkerProcess Start(ProcessStartInfo start) =>
        new(Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}"));

    /// <summary>Sends the frame <paramref name="frame"/> holds; false when the worker is gone.</summary>
    public bool TrySend(FrameWriter frame)
    {
        try
        {
            _channel.Write(frame);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>The next frame, or why there is none; the caller disposes the frame.</summary>
    public (ReceiveOutcome Outcome, Frame? Frame, string? Problem) Receive(TimeSpan timeout) =>
        _inbox.TryTake(out var next, timeout < TimeSpan.Zero ? TimeSpan.Zero : timeout) ? next : (ReceiveOutcome.TimedOut, null, null);

    /// <summary>The exit code once the process has exited (waiting up to <paramref name="wait"/>), else null.</summary>
    public int? ExitCode(TimeSpan wait)
    {
        if (!_process.WaitForExit(wait))
        {
            return null;
        }

        // WaitForExit with a timeout does not wait for the last of standard error, where the runtime's
        // report of a crash is; the untimed one does, but a process the worker started could keep the pipe
        // open forever, so it gets a bounded time of its own.
        Task.Run(() => _process.WaitForExit()).Wait(TimeSpan.FromSeconds(2));
        return _process.ExitCode;
    }

    /// <summary>Kills the worker and everything it started.</summary>
    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(TimeSpan.FromSeconds(5));
        }
        catch (InvalidOperationException)
        {
            // It exited already.
        }
    }

    public void Dispose()
    {
        try
        {
            _process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The pipe is already broken: the worker is gone.
        }

        if (!_process.WaitForExit(TimeSpan.FromSeconds(2)))
        {
            Kill();
        }

        _process.Dispose();
        _inbox.Dispose();
    }

    private void ReadMessages()
    {
        try
        {
            while (_channel.Read() is { } frame)
            {
                TryAdd((ReceiveOutcome.Message, frame, null));
            }

            TryAdd((ReceiveOutcome.Closed, null, null));
        }
        catch (ChannelProtocolException e)
        {
            TryAdd((ReceiveOutcome.Garbled, null, e.Message));
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            TryAdd((ReceiveOutcome.Closed, null, null));
        }
    }

    private void TryAdd((ReceiveOutcome, Frame?, string?) item)
    {
        try
        {
            _inbox.Add(item);
        }
        catch (Exception e) when (e is ObjectDisposedException or InvalidOperationException)
        {
            // The runner is gone; nobody waits for this.
        }
    }
}
