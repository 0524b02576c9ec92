using System.Text;

namespace Autograder.Compilation.Tests;

/// <summary>A fresh folder under the system temp folder for one test, deleted with everything in it on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder(string name = "submission")
    {
        Root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "autograder-compilation-tests", Guid.NewGuid().ToString("N"));
        Path = System.IO.Path.Combine(Root, name);
        Directory.CreateDirectory(Path);
    }

    /// <summary>The folder a test fills; named as the test asked, inside a unique parent.</summary>
    public string Path { get; }

    private string Root { get; }

    public string Combine(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    public string Write(string relativePath, string content) => Write(relativePath, Encoding.UTF8.GetBytes(content));

    public string Write(string relativePath, byte[] content)
    {
        var path = Combine(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
