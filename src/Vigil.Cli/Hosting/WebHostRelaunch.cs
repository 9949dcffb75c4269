using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Vigil.Cli.Hosting;

/// <summary>
/// The native build of vigil (compiled ahead of time: no start-up compilation, a run over the
/// PolNeAR texts takes a third less time) cannot host the web app, because Razor Pages need the JIT.
/// <c>./vigil</c> therefore runs <c>serve</c> and <c>demo</c> from a JIT build of the same program
/// in <c>web/</c> beside it, and the native program, run directly, hands them over to it by replacing itself
/// (<c>execv</c>): the same process, arguments, environment and terminal, so Ctrl-C, signals and
/// the exit status behave as if it had run them itself.
/// </summary>
internal static class WebHostRelaunch
{
    /// <summary>False in the native build, where the web app cannot start.</summary>
    public static bool CanHostWebApp => RuntimeFeature.IsDynamicCodeSupported;

    public static string JitProgram => Path.Combine(AppContext.BaseDirectory, "web", "vigil");

    /// <summary>Runs <paramref name="args"/> in the JIT build instead of this process; returns only when that cannot be done.</summary>
    public static int Exec(string[] args)
    {
        var program = JitProgram;
        if (!File.Exists(program) || !OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            Console.Error.WriteLine($"vigil: this native build cannot serve the web app, and the build that can ({program}) is missing: ./vigil serve or ./vigil demo builds it");
            return ExitCodes.Failed;
        }
        Console.Out.Flush();
        Console.Error.Flush();
        var argv = new IntPtr[args.Length + 2];
        argv[0] = Marshal.StringToCoTaskMemUTF8(program);
        for (var i = 0; i < args.Length; i++)
            argv[i + 1] = Marshal.StringToCoTaskMemUTF8(args[i]);
        execv(argv[0], argv);
        var error = Marshal.GetLastPInvokeErrorMessage();
        Console.Error.WriteLine($"vigil: could not start {program}: {error}");
        return ExitCodes.Failed;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int execv(IntPtr path, IntPtr[] argv);
}
