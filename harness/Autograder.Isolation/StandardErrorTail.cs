using System.Text;

namespace Autograder.Isolation;

/// <summary>The last 64 KiB the worker wrote to standard error: where the runtime says why it died.</summary>
internal sealed class StandardErrorTail
{
    private const int Limit = 64 * 1024;
    private readonly StringBuilder _text = new();

    public void Append(string line)
    {
        lock (_text)
        {
            _text.Append(line).Append('\n');
            if (_text.Length > Limit)
            {
                _text.Remove(0, _text.Length - Limit);
            }
        }
    }

    public override string ToString()
    {
        lock (_text)
        {
            return _text.ToString();
        }
    }
}
