using System.Diagnostics;

namespace Vigil.Reliability.Tests;

/// <summary>
/// A small tmpfs of its own, to make a disk that fills up or turns read-only under a running
/// program. Needs root (as CI runs); elsewhere the tests that use it are skipped, saying why.
/// </summary>
public sealed class Mount : IDisposable
{
    public Mount(string sizeKilobytes)
    {
        Path = Directory.CreateTempSubdirectory("vigil-mount-").FullName;
        Run("mount", "-t", "tmpfs", "-o", $"size={sizeKilobytes}k", "tmpfs", Path);
    }

    public string Path { get; }

    public void MakeReadOnly() => Run("mount", "-o", "remount,ro", Path);

    public void Dispose()
    {
        Run("umount", Path);
        Directory.Delete(Path);
    }

    public static bool Possible { get; } = Probe();

    private static bool Probe()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root") return false;
        try
        {
            using var mount = new Mount("64");
            return true;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or IOException)
        {
            return false;
        }
    }

    private static void Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} {string.Join(' ', args)}: {error.Trim()}");
    }
}

public sealed class NeedsMountFactAttribute : FactAttribute
{
    public NeedsMountFactAttribute()
    {
        if (!Mount.Possible) Skip = "needs root and tmpfs mounts (as CI has) to make a full or read-only disk";
    }
}
