using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace Vigil.Web.BrowserTests;

/// <summary>The vigil program built beside these tests, run as a user runs it.</summary>
public static partial class VigilProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static string RepositoryRoot { get; } = typeof(VigilProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .First(a => a.Key == "VigilRepositoryRoot").Value!;

    public static string Samples => Path.Combine(RepositoryRoot, "samples");

    /// <summary>bin/Vigil.Web.BrowserTests/debug → bin/Vigil.Cli/debug/vigil, the build these tests were compiled with.</summary>
    private static string Program
    {
        get
        {
            var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var program = Path.Combine(output.Parent!.Parent!.FullName, "Vigil.Cli", output.Name, "vigil");
            return File.Exists(program) ? program : throw new InvalidOperationException($"The vigil program was not built beside the tests ({program}).");
        }
    }

    public static Process Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(Program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
        };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["VIGIL_HOME"] = RepositoryRoot;
        return Process.Start(start) ?? throw new InvalidOperationException("could not start vigil");
    }

    /// <summary>Runs a command to its end; fails the test with its output when it fails.</summary>
    public static string Run(string workingDirectory, string? stdin, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        if (stdin is not null)
            process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"vigil {string.Join(' ', args)} did not finish in {Timeout}.");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"vigil {string.Join(' ', args)} exited {process.ExitCode}:\n{stdout.Result}\n{stderr.Result}");
        return stdout.Result;
    }

    /// <summary>Starts a serving command (serve, demo) and returns it with the URL it printed.</summary>
    public static async Task<(Process Process, string Url)> ServeAsync(string workingDirectory, params string[] args)
    {
        var process = Start(workingDirectory, args);
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        var seen = new StringBuilder();
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            seen.AppendLine(line);
            if (ServingAt().Match(line) is { Success: true } match)
            {
                // Keep draining standard output, so a chatty server never blocks on a full pipe.
                _ = process.StandardOutput.ReadToEndAsync();
                return (process, match.Groups["url"].Value.TrimEnd('/'));
            }
        }
        throw new InvalidOperationException($"vigil {string.Join(' ', args)} ended without serving:\n{seen}\n{await stderr}");
    }

    public static async Task StopAsync(Process process)
    {
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
    }

    [GeneratedRegex(@"serving at (?<url>http://127\.0\.0\.1:\d+/)")]
    private static partial Regex ServingAt();
}
