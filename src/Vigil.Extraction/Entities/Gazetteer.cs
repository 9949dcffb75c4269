using System.Reflection;
using Vigil.Documents;

namespace Vigil.Extraction.Entities;

/// <summary>
/// One actor the bundled gazetteer knows: a country, city, nationality, organisation, armed group
/// or head of state, with the names it goes by. <see cref="Id"/> names the source ("iso:AF",
/// "geo:1138958", "ofac:6636", "wd:Q123"), so that the actor registry can grow from these rows.
/// </summary>
public sealed record GazetteerEntry(
    string Id,
    EntityType Type,
    string Kind,
    string? Country,
    string Name,
    ImmutableArray<string> Aliases)
{
    /// <summary>The office or role the source gives the actor ("Prime Minister of the United Kingdom").</summary>
    public string? Role { get; init; }

    /// <summary>A capital, whose name news also uses for the country's government ("Washington said").</summary>
    public bool IsCapital => Kind == "capital";
}

/// <summary>A title or honorific that precedes a person's name ("Gen.", "Secretary of State").</summary>
public sealed record PersonTitle(string Text, string Kind, char? Gender);

/// <summary>
/// The compact gazetteer derived from <c>../shared/data/gazetteers</c> by <c>tools/Vigil.DataBuilder</c>
/// and embedded in this assembly: actors by every name they go by, and person titles. Loaded once
/// (a few milliseconds), immutable, safe to share between threads.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> LazyDefault = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    // plain dictionaries, never written after construction (so safe to read from any thread): building
    // frozen ones over tens of thousands of keys would cost more than every lookup they speed up
    private readonly Dictionary<string, ImmutableArray<NameForm>> _byKey;
    private readonly Dictionary<string, GazetteerEntry> _byId;
    private readonly HashSet<string> _firstWords;
    private readonly FrozenDictionary<string, PersonTitle> _titles;
    private readonly FrozenSet<string> _titleFirstWords;

    private Gazetteer(IReadOnlyList<GazetteerEntry> entries, IReadOnlyList<PersonTitle> titles)
    {
        Entries = [.. entries];
        _byId = entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var forms = new Dictionary<string, List<NameForm>>(StringComparer.Ordinal);
        foreach (var entry in entries)
            foreach (var name in entry.Aliases.Prepend(entry.Name))
            {
                var key = NameKey.For(name);
                if (key.Length == 0) continue;
                if (!forms.TryGetValue(key, out var list)) forms[key] = list = [];
                if (list.Exists(f => f.Entry == entry)) continue;
                list.Add(new NameForm(entry, RequiresCapitals(name)));
            }
        _byKey = forms.ToDictionary(
            kv => kv.Key,
            kv => kv.Value.Count == 1 ? [kv.Value[0]] : kv.Value.OrderBy(f => Rank(f.Entry)).ThenBy(f => f.Entry.Id, StringComparer.Ordinal).ToImmutableArray(),
            StringComparer.Ordinal);
        _firstWords = forms.Keys.Select(FirstWord).ToHashSet(StringComparer.Ordinal);
        MaxNameWords = forms.Keys.Select(WordCount).DefaultIfEmpty(1).Max();
        _titles = titles.GroupBy(t => NameKey.For(t.Text)).ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _titleFirstWords = _titles.Keys.Select(FirstWord).ToFrozenSet(StringComparer.Ordinal);
        MaxTitleWords = _titles.Keys.Select(WordCount).DefaultIfEmpty(1).Max();
    }

    /// <summary>The gazetteer bundled with Vigil.</summary>
    public static Gazetteer Default => LazyDefault.Value;

    public ImmutableArray<GazetteerEntry> Entries { get; }

    /// <summary>The most words any name has, which bounds how far a lookup needs to look ahead.</summary>
    public int MaxNameWords { get; }

    public int MaxTitleWords { get; }

    public int TitleCount => _titles.Count;

    /// <summary>Whether some name starts with this word (a <see cref="NameKey.For"/> key), so a lookup can stop early.</summary>
    public bool StartsAName(string wordKey) => _firstWords.Contains(wordKey);

    public bool StartsATitle(string wordKey) => _titleFirstWords.Contains(wordKey);

    /// <summary>The actors a name may stand for, most likely first (countries before cities, organisations before people).</summary>
    public ImmutableArray<GazetteerEntry> Lookup(string name) => LookupKey(NameKey.For(name), name);

    /// <summary>
    /// The actors a name key stands for, given the surface form the text spells it with: short
    /// all-capital names ("US", "UN", "CIA") match only when the text writes them in capitals, so
    /// that "us" and "Us" are not the United States; and a short word the text writes in capitals
    /// is an acronym, so it matches only those ("IG", an inspector general, is not Slovenia's "Ig",
    /// nor "9 p.m. EST" Burkina Faso's "Est").
    /// </summary>
    public ImmutableArray<GazetteerEntry> LookupKey(string key, ReadOnlySpan<char> surface)
    {
        if (!_byKey.TryGetValue(key, out var forms))
            return [];
        var capitals = IsAllCapitals(surface);
        var acronym = capitals && RequiresCapitals(surface);
        var builder = ImmutableArray.CreateBuilder<GazetteerEntry>(forms.Length);
        foreach (var f in forms)
            if ((!f.RequiresCapitals || capitals) && (f.RequiresCapitals || !acronym))
                builder.Add(f.Entry);
        return builder.DrainToImmutable();
    }

    public GazetteerEntry? FindById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Whether a name key is a listed country, region or town ("new york", "baltimore").</summary>
    public bool NamesAPlace(string key) => LookupKey(key, key).Any(e => e.Type == EntityType.Gpe);

    /// <summary>The country a place, nationality or body belongs to, when the gazetteer has it.</summary>
    public GazetteerEntry? CountryOf(GazetteerEntry entry) =>
        entry.Country is { Length: > 0 } c ? FindById("iso:" + c) : null;

    /// <summary>The title a phrase is, by its key ("secretary of state", "gen"), or null.</summary>
    public PersonTitle? FindTitle(string key) => _titles.GetValueOrDefault(key);

    public static Gazetteer Load(TextReader actors, TextReader titles) => new(ReadActors(actors), ReadTitles(titles));

    private static Gazetteer LoadEmbedded()
    {
        var assembly = typeof(Gazetteer).Assembly;
        using var actors = new StreamReader(Open(assembly, "actors.tsv"));
        using var titles = new StreamReader(Open(assembly, "titles.tsv"));
        return Load(actors, titles);
    }

    private static Stream Open(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream("Vigil.Extraction.Resources." + name)
        ?? throw new InvalidOperationException($"The embedded resource {name} is missing from {assembly.GetName().Name}.");

    private static List<GazetteerEntry> ReadActors(TextReader reader)
    {
        var entries = new List<GazetteerEntry>();
        var lineNo = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 6)
                throw new FormatException($"actors.tsv line {lineNo}: expected at least 6 tab-separated columns.");
            entries.Add(new GazetteerEntry(
                f[0],
                ParseType(f[1], lineNo),
                f[2],
                f[3].Length == 0 ? null : f[3],
                f[4],
                f[5].Length == 0 ? [] : [.. f[5].Split('|')])
            {
                Role = f.Length > 6 && f[6].Length > 0 ? f[6] : null,
            });
        }
        return entries;
    }

    private static List<PersonTitle> ReadTitles(TextReader reader)
    {
        var titles = new List<PersonTitle>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            titles.Add(new PersonTitle(f[0], f.Length > 1 ? f[1] : "role", f.Length > 2 && f[2].Length == 1 ? f[2][0] : null));
        }
        return titles;
    }

    public static EntityType ParseType(string type, int lineNo = 0) => type switch
    {
        "PERSON" => EntityType.Person,
        "ORG" => EntityType.Org,
        "GPE" => EntityType.Gpe,
        "LOC" => EntityType.Loc,
        "NORP" => EntityType.Norp,
        "FAC" => EntityType.Fac,
        "EVENT" => EntityType.Event,
        "OTHER" => EntityType.Other,
        _ => throw new FormatException($"actors.tsv line {lineNo}: unknown type '{type}'."),
    };

    // When one name is several actors, prefer the one news most often means: "Georgia" the country,
    // "Kuwait" the country rather than its capital, "Jordan" the country rather than a person.
    private static int Rank(GazetteerEntry e) => e.Kind switch
    {
        "country" => 0,
        "capital" => 1,
        "continent" or "region" => 2,
        "igo" or "armed-group" or "government" or "media" or "party" => 3,
        "nationality" or "group" or "religious" or "political" => 4,
        "ngo" => 5,
        "city" or "division" => 6,
        _ => 7,
    };

    private static bool RequiresCapitals(ReadOnlySpan<char> name)
    {
        var letters = 0;
        foreach (var c in name)
        {
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            letters++;
        }
        return letters is > 0 and <= 3;
    }

    private static bool IsAllCapitals(ReadOnlySpan<char> s)
    {
        var any = false;
        foreach (var c in s)
        {
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            any = true;
        }
        return any;
    }

    private static string FirstWord(string key)
    {
        var space = key.IndexOf(' ');
        return space < 0 ? key : key[..space];
    }

    private static int WordCount(string key) => key.Count(c => c == ' ') + 1;

    private readonly record struct NameForm(GazetteerEntry Entry, bool RequiresCapitals);
}
