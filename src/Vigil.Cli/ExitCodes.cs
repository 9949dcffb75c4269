namespace Vigil.Cli;

public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>Some input could not be read or analysed (the rest was), or the command failed.</summary>
    public const int Failed = 1;
    /// <summary>The command line itself was wrong: unknown option, bad value, missing path.</summary>
    public const int Usage = 2;
    /// <summary>Stopped by Ctrl-C or SIGTERM (128 + SIGINT, as shells report it).</summary>
    public const int Interrupted = 130;
}
