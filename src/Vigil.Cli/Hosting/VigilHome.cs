namespace Vigil.Cli.Hosting;

/// <summary>
/// Finds the repository Vigil runs from, where the bundled <c>samples/</c> live. The ./vigil
/// launcher exports VIGIL_HOME; without it (the program started directly) we walk up from the
/// program's own folder and then from the current directory.
/// </summary>
public static class VigilHome
{
    public const string EnvironmentVariable = "VIGIL_HOME";
    private const string Marker = "Vigil.slnx";

    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } home && Directory.Exists(home))
            return Path.GetFullPath(home);
        return WalkUp(AppContext.BaseDirectory) ?? WalkUp(Directory.GetCurrentDirectory());
    }

    private static string? WalkUp(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, Marker)) && Directory.Exists(Path.Combine(dir.FullName, "samples")))
                return dir.FullName;
        return null;
    }
}
