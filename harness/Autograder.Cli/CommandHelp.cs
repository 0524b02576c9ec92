using System.CommandLine;
using System.CommandLine.Help;
using System.Runtime.CompilerServices;

namespace Autograder.Cli;

/// <summary>
/// An Examples section at the end of a command's --help. System.CommandLine 2.0 has no examples of its own,
/// and a description that carries them would repeat them in every parent's list of commands, so the help
/// option's action is wrapped: the standard help first, then the examples of the command asked about.
/// </summary>
internal static class CommandHelp
{
    private static readonly ConditionalWeakTable<Command, string[]> ExamplesOf = [];

    /// <summary>Gives <paramref name="command"/> these examples, one command line each, shown by --help.</summary>
    public static T WithExamples<T>(this T command, params string[] examples)
        where T : Command
    {
        ExamplesOf.AddOrUpdate(command, examples);
        return command;
    }

    /// <summary>Makes --help on any command under <paramref name="root"/> end with that command's examples.</summary>
    public static void ShowExamples(RootCommand root)
    {
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            if (help.Action is HelpAction standard)
            {
                help.Action = new ExamplesAfterHelp(standard);
            }
        }
    }

    /// <summary>The standard help, then the examples of the command it is about.</summary>
    private sealed class ExamplesAfterHelp(HelpAction standard) : System.CommandLine.Invocation.SynchronousCommandLineAction
    {
        // Like the standard help: "cases show --help" without its argument is help, not an error.
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var exitCode = standard.Invoke(parseResult);
            if (ExamplesOf.TryGetValue(parseResult.CommandResult.Command, out var examples))
            {
                var output = parseResult.InvocationConfiguration.Output;
                output.WriteLine("Examples:");
                foreach (var example in examples)
                {
                    output.WriteLine("  " + example);
                }

                output.WriteLine();
            }

            return exitCode;
        }
    }
}
