using Spectre.Console;

namespace Vigil.Cli.Output;

/// <summary>
/// Spectre consoles bound to standard output or error. When the stream is redirected (a file, a
/// pipe, a test) they write plain text: no colour, no cursor movement, nothing a script must strip.
/// </summary>
public static class Consoles
{
    public static IAnsiConsole ForOutput() => Create(Console.Out, Console.IsOutputRedirected);

    public static IAnsiConsole ForError() => Create(Console.Error, Console.IsErrorRedirected);

    public static IAnsiConsole Create(TextWriter writer, bool redirected)
    {
        var plain = redirected || Environment.GetEnvironmentVariable("NO_COLOR") is { Length: > 0 };
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            // Spectre's own detection looks at standard input and output; the caller knows whether this stream is a terminal.
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Yes,
        });
        if (redirected)
            console.Profile.Width = 120;
        return console;
    }
}
