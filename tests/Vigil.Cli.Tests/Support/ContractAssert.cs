using System.Text.Json;
using System.Text.RegularExpressions;

namespace Vigil.Cli.Tests.Support;

/// <summary>
/// Checks one output line against ../shared/CONTRACT.md: every field present with its JSON type,
/// kinds and types from the contract's vocabularies, and every span's text equal to text[start:end]
/// in UTF-16 units (C# string indices are UTF-16, so Substring is exactly the contract's slice).
/// </summary>
public static partial class ContractAssert
{
    private static readonly string[] BoilerplateKinds = ["caption", "credit", "trailer", "related", "navigation", "other"];
    private static readonly string[] EntityTypes = ["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "OTHER"];
    private static readonly string[] QuoteKinds = ["direct", "indirect", "mixed"];

    public static JsonElement ParseLine(string line)
    {
        using var document = JsonDocument.Parse(line);
        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
        return document.RootElement.Clone();
    }

    public static void Article(JsonElement article)
    {
        String(article, "source");
        String(article, "id");
        StringOrNull(article, "title");
        var published = StringOrNull(article, "published");
        if (published is not null)
            Assert.Matches(IsoDate(), published);
        var text = String(article, "text");

        foreach (var block in Array(article, "boilerplate"))
        {
            Offsets(block, text);
            Assert.Contains(String(block, "kind"), BoilerplateKinds);
        }

        var entityIds = new HashSet<string>();
        foreach (var entity in Array(article, "entities"))
        {
            Assert.True(entityIds.Add(String(entity, "id")), "entity ids are unique");
            Assert.False(string.IsNullOrWhiteSpace(String(entity, "name")));
            Assert.Contains(String(entity, "type"), EntityTypes);
            foreach (var alias in Array(entity, "aliases"))
                Assert.Equal(JsonValueKind.String, alias.ValueKind);
            foreach (var mention in Array(entity, "mentions"))
                Span(mention, text);
            foreach (var reference in Array(entity, "references"))
                Span(reference, text);
        }

        foreach (var quote in Array(article, "quotes"))
        {
            Span(quote, text);
            Assert.Contains(String(quote, "kind"), QuoteKinds);
            var speaker = StringOrNull(quote, "speaker");
            if (speaker is not null)
                Assert.Contains(speaker, entityIds);
            StringOrNull(quote, "speakerName");
            OptionalSpan(quote, "source", text);
            OptionalSpan(quote, "cue", text);
        }

        Array(article, "commitments");
        Array(article, "events");
    }

    private static void OptionalSpan(JsonElement parent, string name, string text)
    {
        var value = Property(parent, name);
        if (value.ValueKind != JsonValueKind.Null)
            Span(value, text);
    }

    private static void Span(JsonElement span, string text)
    {
        var (start, end) = Offsets(span, text);
        Assert.Equal(text[start..end], String(span, "text"));
    }

    private static (int Start, int End) Offsets(JsonElement span, string text)
    {
        var start = Property(span, "start").GetInt32();
        var end = Property(span, "end").GetInt32();
        Assert.InRange(start, 0, text.Length);
        Assert.InRange(end, start, text.Length);
        return (start, end);
    }

    private static JsonElement Property(JsonElement parent, string name)
    {
        Assert.True(parent.TryGetProperty(name, out var value), $"the field '{name}' is missing in {parent}");
        return value;
    }

    private static string String(JsonElement parent, string name)
    {
        var value = Property(parent, name);
        Assert.True(value.ValueKind == JsonValueKind.String, $"'{name}' should be a string, is {value.ValueKind}");
        return value.GetString()!;
    }

    private static string? StringOrNull(JsonElement parent, string name)
    {
        var value = Property(parent, name);
        Assert.True(value.ValueKind is JsonValueKind.String or JsonValueKind.Null, $"'{name}' should be a string or null, is {value.ValueKind}");
        return value.ValueKind == JsonValueKind.Null ? null : value.GetString();
    }

    private static JsonElement.ArrayEnumerator Array(JsonElement parent, string name)
    {
        var value = Property(parent, name);
        Assert.True(value.ValueKind == JsonValueKind.Array, $"'{name}' should be an array, is {value.ValueKind}");
        return value.EnumerateArray();
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();
}
