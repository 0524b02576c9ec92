namespace Autograder.Cases;

/// <summary>One word of a line and the column (1-based, in characters) where it starts.</summary>
internal readonly record struct Token(string Text, int Column);
