using System.Diagnostics;

namespace Autograder.Reports.Tests;

/// <summary>
/// Headless Chromium, to open the HTML reports as a person would. Missing Chromium fails the test that needs it
/// with a message saying how to install it: a browser test is never skipped silently.
/// </summary>
internal static class Chromium
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    /// <summary>The browser: $CHROMIUM when set, else chromium or chromium-browser on the PATH.</summary>
    public static string Executable()
    {
        var candidates = Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } chosen
            ? [chosen]
            : (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .SelectMany(folder => new[] { "chromium", "chromium-browser" }.Select(name => Path.Combine(folder, name)));
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new Xunit.Sdk.XunitException(
                "Chromium is not installed, and the HTML report tests open the reports in it. Install it (Debian: apt-get install -y chromium), or set CHROMIUM to the browser's path.");
    }

    /// <summary>Takes a screenshot of <paramref name="page"/>; returns the browser's log (stderr, with console messages).</summary>
    public static async Task<string> ScreenshotAsync(string page, string screenshot)
    {
        var (exitCode, _, log) = await RunAsync(page, $"--screenshot={screenshot}", "--window-size=1200,2000", "--enable-logging=stderr", "--v=0");
        Assert.True(exitCode == 0, $"Chromium exited with {exitCode} taking a screenshot of {page}:\n{log}");
        return log;
    }

    /// <summary>The page's DOM after it loaded.</summary>
    public static async Task<string> DumpDomAsync(string page)
    {
        var (exitCode, dom, log) = await RunAsync(page, "--dump-dom");
        Assert.True(exitCode == 0, $"Chromium exited with {exitCode} loading {page}:\n{log}");
        return dom;
    }

    private static async Task<(int ExitCode, string Output, string Log)> RunAsync(string page, params string[] arguments)
    {
        using var profile = new TempFolder();
        var start = new ProcessStartInfo(Executable())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", $"--user-data-dir={profile.Path}",
        }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add(new Uri(page).AbsoluteUri);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var log = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException($"Chromium did not finish with {page} within {Limit.TotalSeconds} s.");
        }

        return (process.ExitCode, await output, await log);
    }
}
