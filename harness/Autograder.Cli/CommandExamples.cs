using System.Text;

namespace Autograder.Cli;

/// <summary>The "Examples:" block that ends a command's description in --help.</summary>
internal static class CommandExamples
{
    public static string Text(params (string Command, string What)[] examples)
    {
        var width = examples.Max(example => example.Command.Length);
        var text = new StringBuilder("\n\nExamples:");
        foreach (var (command, what) in examples)
        {
            text.Append("\n  ").Append(command.PadRight(width)).Append("  # ").Append(what);
        }

        return text.ToString();
    }
}
