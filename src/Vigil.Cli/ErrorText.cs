namespace Vigil.Cli;

/// <summary>Turns exceptions into the one-line reasons users see; stack traces only with VIGIL_DEBUG=1.</summary>
public static class ErrorText
{
    public static bool Debug { get; } = Environment.GetEnvironmentVariable("VIGIL_DEBUG") is { Length: > 0 } v && v != "0";

    /// <summary>The exception's message on one line, unwrapping the aggregate wrappers that tasks add.</summary>
    public static string Describe(Exception ex)
    {
        while (ex is AggregateException { InnerExceptions.Count: 1 } aggregate)
            ex = aggregate.InnerExceptions[0];
        if (ex is System.Reflection.TargetInvocationException { InnerException: { } inner })
            ex = inner;
        return OneLine(ex.Message);
    }

    /// <summary>Every failure takes exactly one line on standard error, whatever its reason contains.</summary>
    public static string OneLine(string text)
    {
        if (string.IsNullOrEmpty(text))
            return "unknown error";
        // Ordinary spaces are kept (they may be part of a file name); a run of whitespace that holds
        // a line break, tab or other control character becomes one space.
        var line = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsBreaking(text[i]))
            {
                line.Append(text[i]);
                continue;
            }
            while (line.Length > 0 && line[^1] == ' ')
                line.Length--;
            while (i + 1 < text.Length && (IsBreaking(text[i + 1]) || text[i + 1] == ' '))
                i++;
            line.Append(' ');
        }
        var result = line.ToString().Trim();
        return result.Length == 0 ? "unknown error" : result;
    }

    private static bool IsBreaking(char c) => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085';
}
