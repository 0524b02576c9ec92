using Autograder.Compilation.Rules;

namespace Autograder.Compilation.Tests.Rules;

public sealed class PInvokeTests
{
    private const string Fix = "submissions may not call native code; remove the declaration and take memory only from the INativeHeap you are given";

    [Fact]
    public void A_DllImport_is_a_p_invoke_finding_naming_the_function_and_the_library()
    {
        var result = Scanned.Source("""
            using System.Runtime.InteropServices;

            namespace Student;

            public static partial class Native
            {
                [DllImport("libc", EntryPoint = "malloc")]
                private static extern nint RawMalloc(nuint bytes);

                [DllImport("libc")]
                private static extern int getpid();

                public static nint Take() => RawMalloc(16) + getpid();
            }
            """);

        Assert.Equal(
            [
                new IlFinding(IlRuleIds.PInvoke, "Student.Native.RawMalloc", $"declares the native function malloc of libc (a P/Invoke): {Fix}"),
                new IlFinding(IlRuleIds.PInvoke, "Student.Native.getpid", $"declares the native function getpid of libc (a P/Invoke): {Fix}"),
            ],
            result.Findings);
    }

    [Fact]
    public void A_LibraryImport_is_a_p_invoke_finding_even_without_the_generated_code()
    {
        // The grader runs no source generators, so a LibraryImport compiles only with a body of its own;
        // a prebuilt .dll would carry the generated DllImport as well.
        var result = Scanned.Source("""
            using System.Runtime.InteropServices;

            namespace Student;

            public static partial class Native
            {
                [LibraryImport("libSystem.Native")]
                public static partial int GetPid();

                public static partial int GetPid() => 42;
            }
            """);

        Assert.Equal(
            [new IlFinding(IlRuleIds.PInvoke, "Student.Native.GetPid", $"declares the native function GetPid of libSystem.Native (a P/Invoke): {Fix}")],
            result.Findings);
    }
}
