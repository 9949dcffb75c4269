namespace Vigil.Cli.Output;

/// <summary>
/// Writes each failure as exactly one line, <c>vigil: &lt;what&gt;: &lt;why&gt;</c>, on standard error,
/// and remembers whether any happened so the command can exit non-zero at the end.
/// </summary>
public sealed class ErrorReporter
{
    private readonly Lock _gate = new();
    private readonly Action<string> _writeLine;

    public ErrorReporter(TextWriter error) : this(line => { error.WriteLine(line); error.Flush(); }) { }

    /// <param name="writeLine">Where lines go; a progress display passes its own so errors print above the bar.</param>
    public ErrorReporter(Action<string> writeLine) => _writeLine = writeLine;

    public int Count { get; private set; }

    public void Report(string what, string why)
    {
        lock (_gate)
        {
            Count++;
            _writeLine($"vigil: {ErrorText.OneLine(what)}: {ErrorText.OneLine(why)}");
        }
    }
}
