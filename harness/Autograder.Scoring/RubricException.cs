namespace Autograder.Scoring;

/// <summary>
/// A rubric that cannot be used as written. The message names the file, the field (as a JSON path such as
/// <c>cases[3].points.leak_free</c>) or the line and column of a syntax error, and says what is allowed:
/// <c>grading.json: cases[3].points.leak_free: expected a number from 0 to 100, found "x"</c>.
/// </summary>
public sealed class RubricException : Exception
{
    /// <summary>A problem with a field (or, with a null <paramref name="jsonPath"/>, with the whole file).</summary>
    public RubricException(string file, string? jsonPath, string problem)
        : base(string.IsNullOrEmpty(jsonPath) ? $"{file}: {problem}" : $"{file}: {jsonPath}: {problem}")
    {
        File = file;
        JsonPath = string.IsNullOrEmpty(jsonPath) ? null : jsonPath;
        Problem = problem;
    }

    /// <summary>A JSON syntax error at a line and column, both counted from 1.</summary>
    public RubricException(string file, int line, int column, string problem)
        : base($"{file}:{line}:{column}: {problem}")
    {
        File = file;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>The rubric file as it was named to the loader.</summary>
    public string File { get; }

    /// <summary>The field at fault, as a JSON path; null for a syntax error or a problem with the whole file.</summary>
    public string? JsonPath { get; }

    /// <summary>The line of a syntax error, counted from 1.</summary>
    public int? Line { get; }

    /// <summary>The column of a syntax error, counted from 1.</summary>
    public int? Column { get; }

    /// <summary>What is wrong and what is allowed, without the place.</summary>
    public string Problem { get; }
}
