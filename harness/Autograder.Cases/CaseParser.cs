using System.Text;

namespace Autograder.Cases;

/// <summary>Reads case files (the format is documented in <c>cases/README.md</c>).</summary>
public static class CaseParser
{
    /// <summary>
    /// Parses the text of a case file. <paramref name="sourcePath"/> names the file in messages and in
    /// <see cref="CaseDefinition.Source"/>; a <c>trace</c> line's path is relative to its folder.
    /// </summary>
    /// <exception cref="CaseFormatException">The text is not a valid case; the message says where and how to fix it.</exception>
    public static CaseDefinition Parse(string text, string sourcePath)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourcePath);
        return new CaseFileParser(sourcePath).Parse(text);
    }

    /// <summary>Reads and parses a UTF-8 case file; messages name it as <paramref name="path"/> is written.</summary>
    /// <exception cref="CaseFormatException">The file is not a valid case; the message says where and how to fix it.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static CaseDefinition Load(string path) => Parse(File.ReadAllText(path, Encoding.UTF8), path);
}
