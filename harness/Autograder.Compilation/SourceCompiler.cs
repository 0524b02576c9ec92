using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Autograder.Compilation;

/// <summary>Runs Roslyn over a submission's sources with <see cref="CompilerSettings"/>, all in memory.</summary>
internal static class SourceCompiler
{
    public static CompilationOutcome Compile(
        string assemblyName,
        string contentHash,
        IReadOnlyList<SourceFile> files,
        CancellationToken cancellationToken)
    {
        var texts = files.Select(file => SourceText.From(file.Content, file.Encoding, SourceHashAlgorithm.Sha256)).ToList();
        var trees = files
            .Select((file, i) => CSharpSyntaxTree.ParseText(texts[i], CompilerSettings.ParseOptions, file.RelativePath, cancellationToken))
            .Prepend(CompilerSettings.GlobalUsings());
        var compilation = CSharpCompilation.Create(
            assemblyName,
            trees,
            FrameworkReferences.Get(),
            CompilerSettings.CompilationOptions);

        using var assembly = new MemoryStream();
        using var symbols = new MemoryStream();
        var result = compilation.Emit(
            assembly,
            symbols,
            options: CompilerSettings.EmitOptions(assemblyName),
            embeddedTexts: files.Select((file, i) => EmbeddedText.FromSource(file.RelativePath, texts[i])),
            cancellationToken: cancellationToken);

        var diagnostics = result.Diagnostics
            .Where(diagnostic => diagnostic.Severity is DiagnosticSeverity.Warning or DiagnosticSeverity.Error)
            .Select(ToCompileDiagnostic)
            .OrderBy(diagnostic => diagnostic.Path, StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.Line)
            .ThenBy(diagnostic => diagnostic.Column)
            .ThenBy(diagnostic => diagnostic.Id, StringComparer.Ordinal)
            .ToList();
        var errors = diagnostics.Where(diagnostic => diagnostic.Severity == CompileSeverity.Error).ToList();
        var warnings = diagnostics.Where(diagnostic => diagnostic.Severity == CompileSeverity.Warning).ToList();

        if (!result.Success || errors.Count > 0)
        {
            if (errors.Count == 0)
            {
                errors.Add(SubmissionProblems.NoAssemblyProduced());
            }

            return new CompilationOutcome.Failed(errors, warnings);
        }

        var submission = new CompiledSubmission(
            assemblyName,
            contentHash,
            assembly.ToArray(),
            symbols.ToArray(),
            warnings,
            fromCache: false);
        return new CompilationOutcome.Succeeded(submission);
    }

    private static CompileDiagnostic ToCompileDiagnostic(Diagnostic diagnostic)
    {
        var severity = diagnostic.Severity == DiagnosticSeverity.Error ? CompileSeverity.Error : CompileSeverity.Warning;
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        if (!diagnostic.Location.IsInSource)
        {
            return new CompileDiagnostic(string.Empty, 0, 0, severity, diagnostic.Id, message);
        }

        // The unmapped position: where the text really is, whatever #line directives say.
        var span = diagnostic.Location.GetLineSpan();
        return new CompileDiagnostic(
            span.Path,
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            severity,
            diagnostic.Id,
            message);
    }
}
