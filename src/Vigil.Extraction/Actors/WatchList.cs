using System.Text;
using Vigil.Documents;
using Vigil.Extraction.Entities;

namespace Vigil.Extraction.Actors;

/// <summary>A watch list that cannot be read, with the line where the problem is.</summary>
public sealed class WatchListFormatException(int line, string reason) : FormatException($"line {line}: {reason}")
{
    public int Line { get; } = line;
    public string Reason { get; } = reason;
}

/// <summary>
/// The actors an analyst adds: CSV with the header <c>name,type,aliases</c> (aliases separated by
/// <c>|</c>), optionally with <c>role</c>, <c>organisation</c> and <c>country</c> columns, which
/// help tell apart people whose names are alike. Quoting follows RFC 4180. The caller opens the
/// file; this only reads text, so it knows nothing of paths.
/// </summary>
public static class WatchList
{
    private static readonly string[] Required = ["name", "type", "aliases"];
    private static readonly string[] Optional = ["role", "organisation", "organization", "country"];

    public static ImmutableArray<Actor> Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var records = ReadRecords(reader).GetEnumerator();
        if (!records.MoveNext())
            throw new WatchListFormatException(1, "the file is empty; expected the header name,type,aliases");
        var (headerLine, header) = records.Current;
        var columns = ReadHeader(headerLine, header);
        var actors = ImmutableArray.CreateBuilder<Actor>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (records.MoveNext())
        {
            var (line, fields) = records.Current;
            if (fields.Count == 1 && fields[0].Trim().Length == 0) continue;
            if (fields.Count != header.Count)
                throw new WatchListFormatException(line, $"expected {header.Count} fields as in the header, found {fields.Count}");
            var actor = ReadActor(line, fields, columns);
            if (!ids.Add(actor.Id))
                throw new WatchListFormatException(line, $"'{actor.Name}' ({TypeName(actor.Type)}) is listed twice; give its other names as aliases");
            actors.Add(actor);
        }
        return actors.ToImmutable();
    }

    /// <summary>The id a watch-list actor gets: stable across runs, so a database keeps one row per listed actor.</summary>
    public static string IdFor(string name, EntityType type) => $"user:{TypeName(type).ToLowerInvariant()}:{NameKey.For(name).Replace(' ', '-')}";

    private static Dictionary<string, int> ReadHeader(int line, List<string> header)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var column = header[i].Trim().ToLowerInvariant();
            if (!Required.Contains(column) && !Optional.Contains(column))
                throw new WatchListFormatException(line, $"unknown column '{header[i].Trim()}'; the header is name,type,aliases (role, organisation and country may follow)");
            if (!columns.TryAdd(column == "organization" ? "organisation" : column, i))
                throw new WatchListFormatException(line, $"the column '{column}' appears twice in the header");
        }
        foreach (var column in Required)
            if (!columns.ContainsKey(column))
                throw new WatchListFormatException(line, $"the header lacks the column '{column}'; expected name,type,aliases");
        return columns;
    }

    private static Actor ReadActor(int line, List<string> fields, Dictionary<string, int> columns)
    {
        string Field(string column) => columns.TryGetValue(column, out var i) ? fields[i].Trim() : "";
        var name = Tidy(Field("name"));
        if (NameKey.For(name).Length == 0)
            throw new WatchListFormatException(line, "the name is empty");
        var typeText = Field("type");
        if (!TryParseType(typeText, out var type))
            throw new WatchListFormatException(line, $"unknown type '{typeText}'; use PERSON, ORG, GPE, LOC, NORP, FAC, EVENT or OTHER");
        var aliases = Field("aliases").Split('|').Select(Tidy)
            .Where(a => NameKey.For(a).Length > 0 && NameKey.For(a) != NameKey.For(name))
            .Distinct(StringComparer.Ordinal).ToImmutableArray();
        var country = Field("country");
        return new Actor(IdFor(name, type), name, type, aliases)
        {
            Origin = ActorOrigin.WatchList,
            Role = NullIfEmpty(Field("role")),
            Organisation = NullIfEmpty(Field("organisation")),
            Country = NullIfEmpty(country.ToUpperInvariant()),
        };
    }

    private static bool TryParseType(string text, out EntityType type)
    {
        type = EntityType.Other;
        try
        {
            type = Gazetteer.ParseType(text.Trim().ToUpperInvariant());
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Org => "ORG",
        EntityType.Gpe => "GPE",
        EntityType.Loc => "LOC",
        EntityType.Norp => "NORP",
        EntityType.Fac => "FAC",
        EntityType.Event => "EVENT",
        _ => "OTHER",
    };

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    private static string Tidy(string s) => string.Join(' ', s.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>RFC 4180 records with the line each starts on; a quoted field may hold commas, doubled quotes and line breaks.</summary>
    private static IEnumerable<(int Line, List<string> Fields)> ReadRecords(TextReader reader)
    {
        var line = 1;
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var wasQuoted = false;
        var start = 1;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (ch == '\n') line++;
                    field.Append(ch);
                }
                continue;
            }
            switch (ch)
            {
                case '"' when field.ToString().Trim().Length == 0 && !wasQuoted:
                    field.Clear();
                    quoted = wasQuoted = true;
                    break;
                case '"':
                    throw new WatchListFormatException(line, "a quotation mark inside an unquoted field; quote the whole field and double the mark");
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    wasQuoted = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    yield return (start, fields);
                    fields = [];
                    field.Clear();
                    wasQuoted = false;
                    start = ++line;
                    break;
                default:
                    if (wasQuoted && !char.IsWhiteSpace(ch))
                        throw new WatchListFormatException(line, "text after a closing quotation mark; quote the whole field");
                    if (ch == '\0')
                        throw new WatchListFormatException(line, "a NUL character: this is not a text file");
                    field.Append(ch);
                    break;
            }
        }
        if (quoted)
            throw new WatchListFormatException(start, "a quoted field is not closed");
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return (start, fields);
        }
    }
}
