using System.Text;

namespace Autograder.Worker;

/// <summary>
/// Takes the place of Console.Out and Console.Error while cases run: what the submission prints is kept,
/// up to a limit, and handed back with the case's observation instead of going anywhere else.
/// </summary>
internal sealed class WorkerConsole : TextWriter
{
    private const int Limit = 64 * 1024;
    private readonly StringBuilder _text = new();
    private bool _truncated;

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_text)
        {
            if (_text.Length < Limit)
            {
                _text.Append(value);
            }
            else
            {
                _truncated = true;
            }
        }
    }

    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }

        lock (_text)
        {
            var room = Limit - _text.Length;
            _text.Append(value.AsSpan(0, Math.Min(room, value.Length)));
            _truncated |= value.Length > room;
        }
    }

    /// <summary>What was printed since the last call, and empties the buffer.</summary>
    public string Take()
    {
        lock (_text)
        {
            var text = _truncated ? _text.Append("\n[output cut at 64 KiB]\n").ToString() : _text.ToString();
            _text.Clear();
            _truncated = false;
            return text;
        }
    }
}
