using System.Reflection;
using System.Reflection.Metadata;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using static Autograder.Compilation.Tests.Outcomes;

namespace Autograder.Compilation.Tests;

public sealed class CompiledSymbolsTests
{
    // The kind of custom debug information that holds a document's source text in a portable PDB.
    private static readonly Guid EmbeddedSourceKind = new("0E8A571B-6926-466E-B4AD-8AB04611F5FE");

    [Fact]
    public void A_stack_trace_from_the_compiled_code_names_the_source_file_and_line()
    {
        using var folder = new TempFolder();
        folder.Write("Student/Thrower.cs", """
            namespace Student;

            public static class Thrower
            {
                public static void Throw()
                {
                    throw new InvalidOperationException("from the submission");
                }
            }
            """);
        var submission = AssertCompiled(new SubmissionCompiler().Compile(folder.Path));
        var context = new AssemblyLoadContext("submission", isCollectible: true);
        try
        {
            var thrower = submission.LoadInto(context).GetType("Student.Thrower", throwOnError: true)!;

            var thrown = Assert.Throws<TargetInvocationException>(() => thrower.GetMethod("Throw")!.Invoke(null, null));

            Assert.Contains("Student/Thrower.cs:line 7", thrown.InnerException!.StackTrace, StringComparison.Ordinal);
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void The_pdb_embeds_each_source_file()
    {
        using var folder = new TempFolder();
        folder.Write("A.cs", "namespace Student;\n\npublic sealed class A;\n");
        folder.Write("Nested/B.cs", "namespace Student;\n\npublic sealed class B;\n");

        var submission = AssertCompiled(new SubmissionCompiler().Compile(folder.Path));

        using var provider = MetadataReaderProvider.FromPortablePdbImage(ImmutableCollectionsMarshal.AsImmutableArray(submission.PdbBytes.ToArray()));
        var pdb = provider.GetMetadataReader();
        var embedded = pdb.Documents
            .Where(document => pdb.GetCustomDebugInformation(document)
                .Any(information => pdb.GetGuid(pdb.GetCustomDebugInformation(information).Kind) == EmbeddedSourceKind))
            .Select(document => pdb.GetString(pdb.GetDocument(document).Name))
            .ToList();
        Assert.Contains("A.cs", embedded);
        Assert.Contains("Nested/B.cs", embedded);
    }
}
