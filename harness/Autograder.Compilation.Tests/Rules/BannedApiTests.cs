using Autograder.Compilation.Rules;

namespace Autograder.Compilation.Tests.Rules;

public sealed class BannedApiTests
{
    [Fact]
    public void A_method_call_is_found_in_the_method_that_makes_it()
    {
        var result = Scanned.Source("""
            namespace Student;

            public static class Settings
            {
                public static string Load() => File.ReadAllText("/etc/hostname") + File.ReadAllText("/etc/hosts");
            }
            """);

        Assert.Equal(
            [new IlFinding(IlRuleIds.BannedApi, "Student.Settings.Load", "calls System.IO.File.ReadAllText: submissions may not read or write files; remove the call")],
            result.Findings);
    }

    [Fact]
    public void A_constructor_is_found()
    {
        var result = Scanned.Source("""
            namespace Student;

            public static class Background
            {
                public static void Start() => new Thread(() => { }).Start();
            }
            """);

        Assert.Equal(
            [new IlFinding(IlRuleIds.BannedApi, "Student.Background.Start", "creates a System.Threading.Thread: submissions may not start threads or timers; remove it")],
            result.Findings);
    }

    [Fact]
    public void A_field_access_is_found()
    {
        var result = Scanned.Source("""
            namespace Student;

            public static class Defaults
            {
                public static object Nothing() => System.Reflection.Missing.Value;
            }
            """);

        Assert.Equal(
            [new IlFinding(IlRuleIds.BannedApi, "Student.Defaults.Nothing", "reads the field System.Reflection.Missing.Value: submissions may not use reflection; remove it")],
            result.Findings);
    }

    [Fact]
    public void A_typeof_is_found()
    {
        var result = Scanned.Source("""
            namespace Student;

            public static class Names
            {
                public static string Runner() => typeof(System.Diagnostics.Process).Name;
            }
            """);

        Assert.Equal(
            [new IlFinding(IlRuleIds.BannedApi, "Student.Names.Runner", "uses typeof(System.Diagnostics.Process): submissions may not start other programs; remove it")],
            result.Findings);
    }

    [Fact]
    public void A_method_taken_as_a_delegate_is_found()
    {
        var result = Scanned.Source("""
            namespace Student;

            public static class Readers
            {
                public static Func<string, string> Reader() => File.ReadAllText;
            }
            """);

        Assert.Equal(
            [new IlFinding(IlRuleIds.BannedApi, "Student.Readers.Reader", "takes System.IO.File.ReadAllText as a delegate: submissions may not read or write files; remove it")],
            result.Findings);
    }

    [Fact]
    public void Reflection_through_GetType_GetField_is_found()
    {
        var result = Scanned.Source("""
            using System.Reflection;

            namespace Student;

            public static class Tamper
            {
                public static void ZeroLiveBytes(object heap)
                {
                    var field = heap.GetType().GetField("_liveBytes", BindingFlags.NonPublic | BindingFlags.Instance);
                    field?.SetValue(heap, 0UL);
                }
            }
            """);

        Assert.Equal(
            [
                new IlFinding(IlRuleIds.BannedApi, "Student.Tamper.ZeroLiveBytes", "calls System.Type.GetField: submissions may not use reflection; remove the call"),
                new IlFinding(IlRuleIds.BannedApi, "Student.Tamper.ZeroLiveBytes", "calls System.Reflection.FieldInfo.SetValue: submissions may not use reflection; remove the call"),
            ],
            result.Findings);
    }

    [Fact]
    public void Code_in_lambdas_async_methods_and_local_functions_is_named_after_the_method_that_holds_it()
    {
        var result = Scanned.Source("""
            namespace Student;

            public sealed class Quitter
            {
                public Action Later() => () => Environment.Exit(1);

                public async Task Soon()
                {
                    await Task.Yield();
                    Environment.FailFast("soon");
                }

                public void Now()
                {
                    Quit();

                    static void Quit() => Environment.Exit(2);
                }
            }
            """);

        Assert.Equal(
            ["Student.Quitter.Later", "Student.Quitter.Now", "Student.Quitter.Soon"],
            result.Findings.Select(finding => finding.Method).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_property_is_banned_by_its_own_name_in_a_list_the_rubric_gives()
    {
        var settings = new IlRuleSettings { BannedApis = [new BannedApi("System.Console.Out", "write to the console")] };

        var result = Scanned.Source(
            """
            namespace Student;

            public static class Chatty
            {
                public static void Say() => Console.Out.Write("hello\n");
            }
            """,
            settings);

        Assert.Equal(
            [new IlFinding(IlRuleIds.BannedApi, "Student.Chatty.Say", "reads the property System.Console.Out: submissions may not write to the console; remove it")],
            result.Findings);
    }

    [Fact]
    public void An_allowed_pattern_is_an_exception_to_a_ban()
    {
        var settings = new IlRuleSettings
        {
            BannedApis = [new BannedApi("System.IO.*", "touch the file system")],
            AllowedApis = ["System.IO.Path.*"],
        };

        var result = Scanned.Source(
            """
            namespace Student;

            public static class Paths
            {
                public static bool Exists(string folder) => File.Exists(Path.Combine(folder, "zone.txt"));
            }
            """,
            settings);

        Assert.Equal(
            [new IlFinding(IlRuleIds.BannedApi, "Student.Paths.Exists", "calls System.IO.File.Exists: submissions may not touch the file system; remove the call")],
            result.Findings);
    }

    [Fact]
    public void Allowed_APIs_give_no_findings()
    {
        var result = Scanned.Source("""
            using System.Runtime.CompilerServices;
            using System.Text;

            namespace Student;

            public static unsafe class Allowed
            {
                public static string Everything(TextWriter output, int kind)
                {
                    var list = new List<int> { 1, 2, 3 };
                    var table = new Dictionary<string, long> { ["a"] = 1L << 40 };
                    var seen = new HashSet<nint> { 0x1000 };
                    Span<byte> scratch = stackalloc byte[64];
                    scratch.Fill(0xAB);
                    byte* start = (byte*)Unsafe.AsPointer(ref scratch[0]);
                    *(start + 1) = 7;
                    long* words = (long*)start;
                    words[1] = Math.Max(list.Sum(), 3) + (long)Math.Sqrt(2.5);
                    var text = new StringBuilder().Append(string.Format("{0:x}", words[1])).Append($" {table["a"]} {seen.Count}").ToString();
                    var name = kind switch
                    {
                        0 => "zero",
                        1 => "one",
                        2 => "two",
                        3 => "three",
                        _ => typeof(int).Name + new object().GetType().Name,
                    };
                    ArgumentNullException.ThrowIfNull(output);
                    output.Write(text + name + "\n");
                    Console.WriteLine(string.Join(",", list.Where(value => value > 1).Select(value => value * 2.5d)));
                    Thread.Sleep(0);
                    Buffer.MemoryCopy(start, start + 32, 32, 16);
                    return nameof(Allowed) + text.ToUpperInvariant();
                }
            }
            """);

        Assert.Empty(result.Findings);
    }

    [Fact]
    public void A_submissions_own_types_are_never_banned_even_in_a_banned_namespace()
    {
        var result = Scanned.Source("""
            namespace System.Net
            {
                internal static class Probe
                {
                    public static int Ping() => 1;
                }
            }

            namespace Student
            {
                public static class Caller
                {
                    public static int Call() => System.Net.Probe.Ping();
                }
            }
            """);

        Assert.Empty(result.Findings);
    }
}
