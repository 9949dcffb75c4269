using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Vigil.Web.Api;

/// <summary>
/// Quotes, commitments and events as files a spreadsheet or a script reads: CSV (RFC 4180, with a
/// header) or JSON Lines (one object a line, as the JSON API writes it).
/// </summary>
public static class Exports
{
    public const string Csv = "csv";
    public const string JsonLines = "jsonl";

    public static bool IsExport(string? format) => format is Csv or JsonLines;

    /// <summary>Writes the rows as they come, so that a large export is never held in memory whole.</summary>
    public static async Task WriteAsync<T>(HttpContext context, string format, string name, IReadOnlyList<string> header, Func<T, IReadOnlyList<object?>> cells,
        IAsyncEnumerable<T> rows, JsonSerializerOptions json)
    {
        var response = context.Response;
        response.ContentType = format == Csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"{name}.{format}\"";
        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(false), bufferSize: 16 * 1024, leaveOpen: true) { NewLine = format == Csv ? "\r\n" : "\n" };
        if (format == Csv)
            await writer.WriteLineAsync(string.Join(',', header.Select(Cell)));
        await foreach (var row in rows.WithCancellation(context.RequestAborted))
        {
            if (format == Csv)
                await writer.WriteLineAsync(string.Join(',', cells(row).Select(Cell)));
            else
                await writer.WriteLineAsync(JsonSerializer.Serialize(row, json));
        }
        await writer.FlushAsync(context.RequestAborted);
    }

    /// <summary>
    /// One CSV field: quoted when it holds a comma, quote or line break. A text that a spreadsheet
    /// would run as a formula (=, +, -, @ first) gets a leading apostrophe: article text is untrusted.
    /// </summary>
    public static string Cell(object? value)
    {
        var text = value switch
        {
            null => "",
            bool flag => flag ? "true" : "false",
            IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        if (value is string && text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            text = "'" + text;
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
