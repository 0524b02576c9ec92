using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Text;

namespace Autograder.Cli;

/// <summary>
/// The "Examples:" block that --help prints after a command's usual help. Kept out of the description, so the
/// list of commands in the top-level help stays one line each.
/// </summary>
internal static class CommandExamples
{
    private static readonly Dictionary<Command, string> Examples = [];

    /// <summary>Gives <paramref name="command"/> <paramref name="examples"/> and returns it.</summary>
    public static T With<T>(this T command, params (string Command, string What)[] examples)
        where T : Command
    {
        var width = examples.Max(example => example.Command.Length);
        var text = new StringBuilder("Examples:");
        foreach (var (line, what) in examples)
        {
            text.Append("\n  ").Append(line.PadRight(width)).Append("  # ").Append(what);
        }

        Examples[command] = text.ToString();
        return command;
    }

    /// <summary>Makes the help option of <paramref name="root"/> (and so of every command under it) print the examples.</summary>
    public static void Install(RootCommand root)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithExamples((HelpAction)help.Action!);
    }

    private sealed class HelpWithExamples(HelpAction help) : SynchronousCommandLineAction
    {
        // Like the standard help: "cases show --help" without its argument is help, not an error.
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var exitCode = help.Invoke(parseResult);
            if (Examples.TryGetValue(parseResult.CommandResult.Command, out var examples))
            {
                parseResult.InvocationConfiguration.Output.WriteLine(examples);
                parseResult.InvocationConfiguration.Output.WriteLine();
            }

            return exitCode;
        }
    }
}
