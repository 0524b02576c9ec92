namespace Autograder.Reports.Model;

/// <summary>Leaked bytes that one place in the submission allocated.</summary>
/// <param name="Bytes">The bytes leaked.</param>
/// <param name="Blocks">The heap blocks leaked.</param>
/// <param name="Site">Where they were allocated (method, file and line), or a note that it was not recorded.</param>
public sealed record LeakSiteModel(string Bytes, int Blocks, string Site);
