using System.Globalization;

namespace Autograder.Compilation;

/// <summary>
/// One message about a submission, from the C# compiler (<c>CS1002</c>) or from reading the
/// submission itself (<c>AG0001</c>), rendered the way compilers print it:
/// <c>Student/ZoneAllocator.cs(12,5): error CS1002: ; expected</c>.
/// </summary>
/// <param name="Path">The file, relative to the submission folder with <c>/</c> separators; the
/// submission's own path for a problem with the whole submission; empty when nothing has a place.</param>
/// <param name="Line">1-based line, or 0 when the message has no position in a file.</param>
/// <param name="Column">1-based column, or 0 when the message has no position in a file.</param>
/// <param name="Severity">Whether it fails the compile.</param>
/// <param name="Id">The compiler's id (<c>CS0246</c>) or the grader's (<c>AG0002</c>).</param>
/// <param name="Message">What is wrong, in the compiler's words or with how to fix it.</param>
public sealed record CompileDiagnostic(
    string Path,
    int Line,
    int Column,
    CompileSeverity Severity,
    string Id,
    string Message)
{
    /// <summary>Renders as <c>path(line,column): error id: message</c>, leaving out what is unknown.</summary>
    public override string ToString()
    {
        var severity = Severity == CompileSeverity.Error ? "error" : "warning";
        var place = Line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{Path}({Line},{Column}): ")
            : Path.Length > 0 ? $"{Path}: " : string.Empty;
        return $"{place}{severity} {Id}: {Message}";
    }
}
