namespace Autograder.Scoring.Tests;

/// <summary>
/// A temp folder laid out like an assignment: two public case files, one hidden, a malloc-lab trace, and a
/// grading.json written by the test.
/// </summary>
internal sealed class RubricFolder : IDisposable
{
    private readonly TempFolder _folder = new();

    public RubricFolder()
    {
        Write("cases/public/01-first.case", "case first\ndescription The first public case.\n\nz = create_zone 64\na = zalloc z 8 -> offset 0\ndestroy_zone z\n");
        Write("cases/public/02-second.case", "case second\ndescription The second public case.\n\nz = create_zone 64\ndestroy_zone z\n");
        Write("cases/hidden/h1.case", "case hidden-one\ndescription A hidden case.\n\nz = create_zone 32\ndestroy_zone z\n");
        Write("cases/traces/tiny.rep", "4\n2\n4\n1\na 0 10\na 1 20\nf 0\nf 1\n");
    }

    public string Path => _folder.Path;

    public string RubricPath => System.IO.Path.Combine(Path, "grading.json");

    public void Write(string relativePath, string text)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public Rubric Load(string json)
    {
        File.WriteAllText(RubricPath, json);
        return RubricLoader.Load(RubricPath);
    }

    /// <summary>
    /// The message of the error loading <paramref name="json"/> gives, with the folder written as {folder}, whether it
    /// appears as a full path or relative to the current folder (as case files are named).
    /// </summary>
    public string ErrorOf(string json)
    {
        var error = Assert.Throws<RubricException>(() => Load(json));
        var relative = System.IO.Path.GetRelativePath(Environment.CurrentDirectory, Path);
        return error.Message.Replace(relative, "{folder}", StringComparison.Ordinal).Replace(Path, "{folder}", StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
