using System.Reflection;

namespace Vigil.Cli.Tests.Support;

/// <summary>Where the repository, its samples, ../shared and the built program are.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    public static string SeedSample => Path.Combine(Samples, "seed-article.txt");

    /// <summary>../shared beside the repository, or null on a machine without it.</summary>
    public static string? Shared { get; } = FindShared();

    public const string SharedMissing = "../shared (the evaluation data beside the repository) is absent on this machine";

    /// <summary>
    /// The vigil program built with these tests: the Vigil.Cli output beside this test assembly's
    /// in the same artifacts tree (bin/Vigil.Cli.Tests/debug → bin/Vigil.Cli/debug), so the tests
    /// run exactly the build they were compiled against, with no second build. VIGIL_TEST_PROGRAM
    /// names another build to run them against instead (.ci/run: the native one <c>./vigil</c> makes).
    /// </summary>
    public static string Program { get; } = FindProgram();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Vigil.slnx")))
                return dir.FullName;
        var built = typeof(Repo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "VigilRepositoryRoot")?.Value;
        if (built is not null && File.Exists(Path.Combine(built, "Vigil.slnx")))
            return Path.GetFullPath(built);
        throw new InvalidOperationException($"Cannot find the repository (Vigil.slnx) above {AppContext.BaseDirectory}.");
    }

    private static string? FindShared()
    {
        var shared = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
        return File.Exists(Path.Combine(shared, "CONTRACT.md")) ? shared : null;
    }

    private static string FindProgram()
    {
        if (Environment.GetEnvironmentVariable("VIGIL_TEST_PROGRAM") is { Length: > 0 } named)
            return File.Exists(named) ? Path.GetFullPath(named)
                : throw new InvalidOperationException($"VIGIL_TEST_PROGRAM names no program: {named}");
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var pivot = testOutput.Name;                       // debug, release, ...
        var bin = testOutput.Parent?.Parent?.FullName;     // .../bin
        var name = OperatingSystem.IsWindows() ? "vigil.exe" : "vigil";
        var program = bin is null ? null : Path.Combine(bin, "Vigil.Cli", pivot, name);
        if (program is null || !File.Exists(program))
            throw new InvalidOperationException($"The vigil program was not built beside the tests (looked for {program}).");
        return program;
    }
}
