using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Vigil.Cli.Tests.Support;

public sealed record VigilResult(int ExitCode, string Stdout, string Stderr)
{
    public string[] StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>
/// Runs the real vigil program as a process, as a user or a script would: the build beside the tests
/// (<see cref="Repo.Program"/>). Shared by the command-line, reliability and browser tests, which link this file.
/// </summary>
public static partial class VigilProgram
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static VigilResult Run(params string[] args) => Run(args, workingDirectory: null);

    public static VigilResult Run(IEnumerable<string> args, string? workingDirectory, IDictionary<string, string>? environment = null, string? stdin = null)
    {
        using var process = Start(args, workingDirectory, environment);
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
        return new VigilResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Runs a command to its end and returns its standard output; throws with everything it printed when it fails.</summary>
    public static string RunToSuccess(IEnumerable<string> args, string? workingDirectory = null, IDictionary<string, string>? environment = null, string? stdin = null)
    {
        var result = Run(args, workingDirectory, environment, stdin);
        return result.ExitCode == 0
            ? result.Stdout
            : throw new InvalidOperationException($"vigil {string.Join(' ', args)} failed: {result}");
    }

    /// <summary>Starts a serving command (serve, demo) and returns it with the URL it printed.</summary>
    public static async Task<(Process Process, string Url)> ServeAsync(IEnumerable<string> args, string? workingDirectory = null, IDictionary<string, string>? environment = null)
    {
        var process = Start(args, workingDirectory, environment);
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

    /// <summary>Ends a started vigil (and anything it started) and waits for it.</summary>
    public static async Task StopAsync(Process process)
    {
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
    }

    public static Process Start(IEnumerable<string> args, string? workingDirectory = null, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(Repo.Program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
            UseShellExecute = false,
        };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment.Remove("VIGIL_DEBUG");
        if (environment is not null)
            foreach (var (key, value) in environment)
                start.Environment[key] = value;
        return Process.Start(start) ?? throw new InvalidOperationException("could not start vigil");
    }

    [GeneratedRegex(@"serving at (?<url>http://127\.0\.0\.1:\d+/)")]
    private static partial Regex ServingAt();
}
