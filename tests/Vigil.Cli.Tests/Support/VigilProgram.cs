using System.Diagnostics;
using System.Text;

namespace Vigil.Cli.Tests.Support;

public sealed record VigilResult(int ExitCode, string Stdout, string Stderr)
{
    public string[] StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>Runs the real vigil program as a process, as a user or a script would.</summary>
public static class VigilProgram
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
}
