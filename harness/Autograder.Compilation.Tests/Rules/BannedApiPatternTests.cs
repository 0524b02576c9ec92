using Autograder.Compilation.Rules;

namespace Autograder.Compilation.Tests.Rules;

public sealed class BannedApiPatternTests
{
    [Theory]
    [InlineData("System.IO.File.*", "System.IO.File.ReadAllText", true)]
    [InlineData("System.IO.File.*", "System.IO.File", true)]
    [InlineData("System.IO.File.*", "System.IO.FileStream..ctor", false)]
    [InlineData("System.IO.File*", "System.IO.FileStream..ctor", true)]
    [InlineData("System.Net", "System.Net.Sockets.TcpClient..ctor", true)]
    [InlineData("System.Net", "System.Numerics.Vector.Add", false)]
    [InlineData("System.Threading.Thread..ctor", "System.Threading.Thread..ctor", true)]
    [InlineData("System.Threading.Thread..ctor", "System.Threading.Thread.Sleep", false)]
    [InlineData("System.Type.GetField", "System.Type.GetField", true)]
    [InlineData("System.Type.GetField", "System.Type.GetFields", false)]
    [InlineData("System.Runtime.InteropServices.Marshal.Alloc*", "System.Runtime.InteropServices.Marshal.AllocHGlobal", true)]
    [InlineData("System.Runtime.InteropServices.Marshal.Alloc*", "System.Runtime.InteropServices.Marshal.SizeOf", false)]
    [InlineData("*.Exit", "System.Environment.Exit", true)]
    [InlineData("System.*.Process.Start", "System.Diagnostics.Process.Start", true)]
    [InlineData("System.Reflection.*", "System.ReflectionExtras.Helper.Run", false)]
    public void A_pattern_covers_a_name_when_it_matches_the_name_or_a_part_of_it_that_ends_at_a_dot(string pattern, string name, bool covered)
    {
        Assert.Equal(covered, new BannedApi(pattern).Covers(name));
    }

    [Theory]
    [InlineData("System.Reflection.FieldInfo.SetValue")]
    [InlineData("System.IO.File.ReadAllText")]
    [InlineData("System.Diagnostics.Process.Start")]
    [InlineData("System.Environment.Exit")]
    [InlineData("System.Environment.FailFast")]
    [InlineData("System.Runtime.InteropServices.NativeMemory.Alloc")]
    [InlineData("System.Runtime.InteropServices.Marshal.AllocHGlobal")]
    [InlineData("System.Runtime.InteropServices.GCHandle.Alloc")]
    [InlineData("System.Threading.Thread..ctor")]
    [InlineData("System.Net.Sockets.TcpClient..ctor")]
    [InlineData("System.Type.GetField")]
    public void The_default_list_bans(string name)
    {
        Assert.Contains(IlRuleSettings.DefaultBannedApis, api => api.Covers(name));
    }

    [Theory]
    [InlineData("System.Console.WriteLine")]
    [InlineData("System.IO.TextWriter.Write")]
    [InlineData("System.Threading.Thread.Sleep")]
    [InlineData("System.Type.GetTypeFromHandle")]
    [InlineData("System.Object.GetType")]
    [InlineData("System.Collections.Generic.List.Add")]
    [InlineData("System.Math.Max")]
    [InlineData("System.Runtime.CompilerServices.Unsafe.Add")]
    [InlineData("System.Runtime.CompilerServices.RuntimeHelpers.InitializeArray")]
    [InlineData("System.Runtime.InteropServices.Marshal.SizeOf")]
    public void The_default_list_allows(string name)
    {
        Assert.DoesNotContain(IlRuleSettings.DefaultBannedApis, api => api.Covers(name));
    }

    [Fact]
    public void A_blank_pattern_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new BannedApi("  "));
    }

    [Fact]
    public void Without_a_reason_the_pattern_is_the_reason()
    {
        Assert.Equal("use System.Console.*", new BannedApi("System.Console.*").Reason);
    }
}
