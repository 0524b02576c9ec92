namespace Autograder.Cases;

/// <summary>
/// A case file or trace that cannot be read as written. The message names the place and says how to fix it:
/// <c>cases/public/x.case:12:7: expected a size after 'zalloc z', found 'abc'; ...</c>.
/// </summary>
public sealed class CaseFormatException : Exception
{
    /// <summary>Creates the error for a problem at a line and column of a file.</summary>
    public CaseFormatException(string file, int line, int column, string problem)
        : base($"{file}:{line}:{column}: {problem}")
    {
        File = file;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>The file as it was named to the parser (a case file, or the trace a case imports).</summary>
    public string File { get; }

    /// <summary>The line, counted from 1.</summary>
    public int Line { get; }

    /// <summary>The column, counted from 1 in characters (a tab is one column).</summary>
    public int Column { get; }

    /// <summary>What is wrong and how to fix it, without the place.</summary>
    public string Problem { get; }
}
