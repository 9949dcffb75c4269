using System.Globalization;

namespace Vigil.Cli.Input;

/// <summary>
/// Parses sizes the way people type them: <c>20MB</c>, <c>200 MB</c>, <c>512KB</c>, <c>1.5GiB</c>,
/// or plain bytes. KB/MB/GB are binary (1024-based), as the reading limits were specified in them.
/// </summary>
public static class ByteSize
{
    private static readonly (string Suffix, long Factor)[] Units =
    [
        ("KIB", 1L << 10), ("MIB", 1L << 20), ("GIB", 1L << 30),
        ("KB", 1L << 10), ("MB", 1L << 20), ("GB", 1L << 30),
        ("K", 1L << 10), ("M", 1L << 20), ("G", 1L << 30),
        ("B", 1),
    ];

    public static bool TryParse(string? input, out long bytes)
    {
        bytes = 0;
        if (string.IsNullOrWhiteSpace(input))
            return false;
        var text = input.Trim().ToUpperInvariant();
        long factor = 1;
        foreach (var (suffix, unitFactor) in Units)
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal))
            {
                factor = unitFactor;
                text = text[..^suffix.Length].TrimEnd();
                break;
            }
        }
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) || number <= 0)
            return false;
        if (number > long.MaxValue / factor)
            return false;
        var total = number * factor;
        if (factor == 1 && total != decimal.Truncate(total))
            return false;
        bytes = (long)decimal.Ceiling(total);
        return true;
    }

    public static string Format(long bytes) => bytes switch
    {
        >= 1L << 30 when bytes % (1L << 30) == 0 => $"{bytes >> 30} GB",
        >= 1L << 20 when bytes % (1L << 20) == 0 => $"{bytes >> 20} MB",
        >= 1L << 10 when bytes % (1L << 10) == 0 => $"{bytes >> 10} KB",
        _ => $"{bytes} bytes",
    };
}
