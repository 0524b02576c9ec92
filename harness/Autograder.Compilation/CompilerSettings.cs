using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace Autograder.Compilation;

/// <summary>
/// How every submission is compiled: what a default SDK class library targeting the running .NET
/// would do in Release (latest C#, nullable on, the same implicit global usings, the same
/// preprocessor symbols and warning level), plus unsafe code, which a native allocator needs.
/// </summary>
internal static class CompilerSettings
{
    /// <summary>Where the generated global usings sit: under <c>obj/</c>, which no student file can use.</summary>
    public const string GlobalUsingsPath = "obj/GlobalUsings.g.cs";

    private static readonly string[] ImplicitUsings =
    [
        "System",
        "System.Collections.Generic",
        "System.IO",
        "System.Linq",
        "System.Net.Http",
        "System.Threading",
        "System.Threading.Tasks",
    ];

    private static readonly int RuntimeMajor = Environment.Version.Major;

    public static CSharpParseOptions ParseOptions { get; } = new(
        LanguageVersion.Latest,
        DocumentationMode.Parse,
        SourceCodeKind.Regular,
        PreprocessorSymbols());

    public static EmitOptions EmitOptions(string assemblyName) => new(
        debugInformationFormat: DebugInformationFormat.PortablePdb,
        pdbFilePath: assemblyName + ".pdb");

    public static CSharpCompilationOptions CompilationOptions { get; } = new(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        allowUnsafe: true,
        nullableContextOptions: NullableContextOptions.Enable,
        deterministic: true,
        warningLevel: RuntimeMajor);

    public static SyntaxTree GlobalUsings() => CSharpSyntaxTree.ParseText(
        SourceText.From(
            string.Concat(ImplicitUsings.Select(name => $"global using global::{name};\n")),
            Encoding.UTF8,
            SourceHashAlgorithm.Sha256),
        ParseOptions,
        GlobalUsingsPath);

    // The symbols the SDK defines for a Release build of a project targeting this runtime, so that
    // #if NET8_0_OR_GREATER means in the grader what it means in the student's IDE.
    private static IEnumerable<string> PreprocessorSymbols()
    {
        string[] fixedSymbols =
        [
            "TRACE", "RELEASE", "NET", "NETCOREAPP",
            "NETCOREAPP1_0_OR_GREATER", "NETCOREAPP1_1_OR_GREATER", "NETCOREAPP2_0_OR_GREATER",
            "NETCOREAPP2_1_OR_GREATER", "NETCOREAPP2_2_OR_GREATER", "NETCOREAPP3_0_OR_GREATER",
            "NETCOREAPP3_1_OR_GREATER",
        ];
        var versioned = Enumerable.Range(5, RuntimeMajor - 4)
            .Select(major => string.Create(CultureInfo.InvariantCulture, $"NET{major}_0_OR_GREATER"))
            .Append(string.Create(CultureInfo.InvariantCulture, $"NET{RuntimeMajor}_0"));
        return fixedSymbols.Concat(versioned);
    }
}
