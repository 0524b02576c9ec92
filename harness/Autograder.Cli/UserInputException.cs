namespace Autograder.Cli;

/// <summary>A problem the user can fix; printed as one line, with no stack trace unless --verbose.</summary>
public sealed class UserInputException(string message) : Exception(message);
