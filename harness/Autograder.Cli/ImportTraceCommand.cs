using System.CommandLine;
using System.Text;
using Autograder.Cases;

namespace Autograder.Cli;

/// <summary>
/// <c>autograder import-trace FILE.rep [--out FILE.case] [--name NAME] [--zone-size N]</c>: writes a case
/// from a CS:APP malloc-lab trace.
/// </summary>
internal static class ImportTraceCommand
{
    public static Command Create()
    {
        var trace = new Argument<string>("trace") { Description = "A malloc-lab trace (.rep)." };
        var output = new Option<string?>("--out") { Description = "The case file to write. Default: NAME.case in this folder." };
        var name = new Option<string?>("--name") { Description = "The case's name (lower-case words joined by '-'). Default: from the trace's file name." };
        var zoneSize = new Option<ulong?>("--zone-size") { Description = "The zone's size. Default: as large as a first-fit placement of the trace ever reaches." };
        var command = new Command("import-trace", "Write a case from a malloc-lab trace: one zone, every allocation and free of the trace.")
        {
            trace, output, name, zoneSize,
        }.With(
            ("autograder import-trace amptjp-bal.rep", "writes amptjp-bal.case here"),
            ("autograder import-trace t.rep --name my-trace --out cases/hidden/my-trace.case", "into the hidden cases"));
        command.SetAction(parse => Run(parse.GetValue(trace)!, parse.GetValue(output), parse.GetValue(name), parse.GetValue(zoneSize), parse.InvocationConfiguration.Output));
        return command;
    }

    private static int Run(string trace, string? output, string? name, ulong? zoneSize, TextWriter console)
    {
        if (!File.Exists(trace))
        {
            throw new UserInputException($"'{trace}' does not exist. Pass the path of a malloc-lab trace (.rep).");
        }

        name ??= NameOf(trace);
        if (!CaseNames.IsCaseName(name))
        {
            throw new UserInputException($"'{name}' is not a case name: use lower-case letters, digits and '-', as in --name my-trace.");
        }

        CaseDefinition imported;
        try
        {
            imported = MallocLabTraceImporter.Import(trace, name, $"The allocations and frees of the malloc-lab trace {Path.GetFileName(trace)}, replayed in one zone.", zoneSize);
        }
        catch (CaseFormatException e)
        {
            throw new UserInputException(e.Message);
        }

        output ??= name + ".case";
        File.WriteAllText(output, CaseWriter.ToText(imported));
        console.WriteLine($"Wrote {output}: {imported.Steps.Count} steps in one zone of {imported.Steps[0].Size} bytes.");
        return ExitCodes.Success;
    }

    // "amptjp-bal.rep" -> "amptjp-bal"; anything else than lower-case letters and digits becomes '-'.
    private static string NameOf(string trace)
    {
        var name = new StringBuilder();
        foreach (var c in Path.GetFileNameWithoutExtension(trace).ToLowerInvariant())
        {
            name.Append(c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '-');
        }

        var trimmed = name.ToString().Trim('-');
        return trimmed.Length == 0 ? "imported-trace" : trimmed;
    }
}
