using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Vigil.Documents;

namespace Vigil.Reading;

/// <summary>
/// One line of a JSONL file: an object with <c>id</c>, <c>title</c>, <c>text</c> or <c>html</c>,
/// <c>url</c> and <c>published</c>. Anything else on the line is ignored; a wrong type is a
/// failure for that line alone.
/// </summary>
internal static class JsonLinesArticle
{
    public static ReadOutcome Read(ReadOnlyMemory<byte> line, string path, int lineNumber, ReadOptions options)
    {
        var source = $"{path}:{lineNumber}";
        if (FirstInvalidUtf8Byte(line.Span) is { } offset)
            return new ReadFailure(source, $"{ReadReasons.NotDecodable("UTF-8", offset)} of the line");
        try
        {
            using var json = JsonDocument.Parse(line);
            return FromObject(json.RootElement, path, source, options);
        }
        catch (JsonException e)
        {
            var where = e.BytePositionInLine is { } column ? $" at byte {column} of the line" : "";
            return new ReadFailure(source, $"malformed JSON{where}");
        }
        catch (ReadProblemException e)
        {
            return new ReadFailure(source, e.Message);
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json parses "\ud800" but refuses to turn a lone surrogate into a string
            return new ReadFailure(source, "a string of the line escapes half a UTF-16 surrogate pair");
        }
    }

    private static int? FirstInvalidUtf8Byte(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
            return null;
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var length) != OperationStatus.Done)
                return offset;
            offset += length;
        }
        return null;
    }

    private static ReadOutcome FromObject(JsonElement root, string path, string source, ReadOptions options)
    {
        if (root.ValueKind != JsonValueKind.Object)
            return new ReadFailure(source, "line is not a JSON object");

        var id = root.TryGetProperty("id", out var idValue) ? idValue.ValueKind switch
        {
            JsonValueKind.String => idValue.GetString(),
            JsonValueKind.Number => idValue.GetRawText(),
            JsonValueKind.Null => null,
            _ => throw new ReadProblemException("\"id\" must be a string or a number"),
        } : null;
        var title = OptionalString(root, "title");
        var text = OptionalString(root, "text");
        var html = OptionalString(root, "html");
        var url = OptionalString(root, "url");
        var publishedText = OptionalString(root, "published");
        var published = PublicationDates.Parse(publishedText);
        if (publishedText is not null && !string.IsNullOrWhiteSpace(publishedText) && published is null)
            throw new ReadProblemException($"\"published\" is not a date (YYYY-MM-DD or an ISO 8601 date-time): \"{Shorten(publishedText)}\"");

        var metadata = new ArticleMetadata(string.IsNullOrWhiteSpace(url) ? path : url)
        {
            Id = id,
            Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim(),
            Url = string.IsNullOrWhiteSpace(url) ? null : url,
        };

        if (text is not null)
        {
            if (string.IsNullOrWhiteSpace(text))
                return new ReadFailure(source, ReadReasons.EmptyArticle);
            return new ArticleRead(new Document(text, metadata with { Published = published ?? options.DefaultPublished }));
        }
        if (html is not null)
        {
            if (string.IsNullOrWhiteSpace(html))
                return new ReadFailure(source, ReadReasons.EmptyArticle);
            return HtmlArticle.Read(html, metadata with { Published = published }, options, source); // the page's own date when the line gives none
        }
        return new ReadFailure(source, "no \"text\" or \"html\" field");
    }

    private static string? OptionalString(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value))
            return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null => null,
            _ => throw new ReadProblemException($"\"{name}\" must be a string"),
        };
    }

    /// <summary>The value as a one-line reason may quote it: at most 40 characters, line breaks and other controls as spaces.</summary>
    private static string Shorten(string value)
    {
        var shown = value.Length <= 40 ? value : value[..40] + "...";
        return shown.Any(char.IsControl) ? string.Concat(shown.Select(c => char.IsControl(c) ? ' ' : c)) : shown;
    }
}
