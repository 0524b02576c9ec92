using System.Globalization;

namespace Autograder.Compilation;

/// <summary>
/// The grader's own errors about a submission, the ones the C# compiler never sees: each names the
/// file or folder and says how to fix it.
/// </summary>
internal static class SubmissionProblems
{
    public static CompileDiagnostic MissingPath(string path) => Error(
        path,
        "AG0001",
        $"the submission {path} does not exist; pass the folder that holds your .cs files, or your built .dll");

    public static CompileDiagnostic NotAFolderOrAssembly(string path) => Error(
        path,
        "AG0002",
        $"{path} is a file, not a folder or a .dll; pass the folder that holds your .cs files, or your built .dll");

    public static CompileDiagnostic NoSources(string folder) => Error(
        folder,
        "AG0003",
        $"no .cs files found in {folder}; put your allocator's .cs files in it (bin/, obj/ and hidden folders are skipped)");

    public static CompileDiagnostic Unreadable(string path, string reason) => Error(
        path,
        "AG0004",
        $"cannot read {path}: {reason}; make it readable and submit again");

    public static CompileDiagnostic NotUtf8(string path, int line, int column, byte badByte) => new(
        path,
        line,
        column,
        CompileSeverity.Error,
        "AG0005",
        string.Create(
            CultureInfo.InvariantCulture,
            $"{path} is not UTF-8 text (byte 0x{badByte:X2} is not valid here); save it with UTF-8 encoding and submit again"));

    public static CompileDiagnostic TooLarge(string path, long bytes, long limit) => Error(
        path,
        "AG0006",
        string.Create(
            CultureInfo.InvariantCulture,
            $"{path} is {bytes} bytes, more than the {limit} bytes a submission file may have; remove what is not your allocator's code"));

    public static CompileDiagnostic SymbolicLink(string path) => Error(
        path,
        "AG0007",
        $"{path} is a symbolic link; copy the file or folder itself into the submission");

    public static CompileDiagnostic NotAnAssembly(string path, string reason) => Error(
        path,
        "AG0008",
        $"{path} is not a .NET assembly ({reason}); build your project again, or submit its .cs files instead");

    public static CompileDiagnostic CompilerCrashed(string path, Exception exception) => Error(
        path,
        "AG0009",
        $"the C# compiler failed on this submission ({exception.GetType().Name}: {exception.Message}); simplify the code it names, or ask your instructor");

    public static CompileDiagnostic NoAssemblyProduced() => Error(
        string.Empty,
        "AG0010",
        "the C# compiler produced no assembly and gave no reason; ask your instructor");

    private static CompileDiagnostic Error(string path, string id, string message) =>
        new(path, 0, 0, CompileSeverity.Error, id, message);
}
