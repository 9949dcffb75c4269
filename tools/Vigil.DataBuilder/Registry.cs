using Vigil.Extraction.Entities;

namespace Vigil.DataBuilder;

/// <summary>
/// Collects actor rows from every source and merges the rows that name one actor: rows of one type
/// join when the name of one is a name or alias of the other. An alias that still points at two
/// actors of one type afterwards is dropped from both, because a gazetteer that guesses is worse
/// than one that is silent.
/// </summary>
internal sealed class Registry
{
    private readonly List<(ActorRow Row, int Priority)> _rows = [];

    private readonly Dictionary<string, HashSet<string>> _notAliases = new(StringComparer.Ordinal);

    /// <summary>
    /// Names a source gives an actor that news uses for another ("Ansar Allah", which OFAC lists
    /// for Hezbollah, is the Houthis): dropped from that row before any merge, keyed by row id.
    /// </summary>
    public void DropNames(string id, IEnumerable<string> names)
    {
        if (!_notAliases.TryGetValue(id, out var keys)) _notAliases[id] = keys = new HashSet<string>(StringComparer.Ordinal);
        keys.UnionWith(names.Select(n => NameKey.For(n)));
    }

    /// <summary>Lower priority numbers win the canonical name; curated rows come first.</summary>
    public void Add(ActorRow row, int priority)
    {
        if (_notAliases.TryGetValue(row.Id, out var dropped))
            row = row with { Aliases = [.. row.Aliases.Where(a => !dropped.Contains(NameKey.For(a)))] };
        _rows.Add((row, priority));
    }

    public IReadOnlyList<ActorRow> Build()
    {
        var parent = Enumerable.Range(0, _rows.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);

        // key of a row's canonical name -> rows of that type with that name
        var byName = new Dictionary<(string Type, string Key), List<int>>();
        for (var i = 0; i < _rows.Count; i++)
        {
            var k = (_rows[i].Row.Type, NameKey.For(_rows[i].Row.Name));
            if (!byName.TryGetValue(k, out var list)) byName[k] = list = [];
            list.Add(i);
        }
        // A curated row names the kind of actor it means, and a derived row of another kind that gives
        // its name as an alias joins nothing through it: China's "People's Liberation Army" is no
        // armed group, though a sanctions list gives the name as one of the Shining Path's.
        var curatedKinds = _rows.Where(r => r.Row.Id.StartsWith("vigil:"))
            .GroupBy(r => (r.Row.Type, NameKey.For(r.Row.Name)))
            .ToDictionary(g => g.Key, g => g.First().Row.Kind);
        for (var i = 0; i < _rows.Count; i++)
            foreach (var name in _rows[i].Row.Names)
                if (byName.TryGetValue((_rows[i].Row.Type, NameKey.For(name)), out var others)
                    && !(curatedKinds.TryGetValue((_rows[i].Row.Type, NameKey.For(name)), out var kind) && kind != _rows[i].Row.Kind
                         && !_rows[i].Row.Id.StartsWith("vigil:") && NameKey.For(name) != NameKey.For(_rows[i].Row.Name)))
                    foreach (var j in others)
                        if (MayMerge(_rows[i].Row, _rows[j].Row))
                            parent[Find(i)] = Find(j);

        var merged = new List<ActorRow>();
        foreach (var group in Enumerable.Range(0, _rows.Count).GroupBy(Find).OrderBy(g => g.Min()))
            merged.Add(Merge(group.Select(i => _rows[i]).OrderBy(r => r.Priority).ToList()));

        return DropAmbiguousAliases(merged)
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
    }

    // Places are identified by their source ids already; a city and a country never merge even when
    // a list calls the country by its capital's name.
    private static bool MayMerge(ActorRow a, ActorRow b) =>
        a.Type == b.Type && (a.Type is not ("GPE" or "LOC") || a.Id == b.Id || a.Id.StartsWith("vigil:") || b.Id.StartsWith("vigil:"));

    private static ActorRow Merge(List<(ActorRow Row, int Priority)> rows)
    {
        var first = rows[0].Row;
        // the id of the best source row keeps the registry traceable; a curated row only supplies the readable name
        var idRow = rows.FirstOrDefault(r => !r.Row.Id.StartsWith("vigil:")).Row ?? first;
        var aliases = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { NameKey.For(first.Name) };
        foreach (var (row, _) in rows)
            foreach (var name in row.Names)
                if (seen.Add(NameKey.For(name)))
                    aliases.Add(name);
        return first with
        {
            Id = idRow.Id,
            Kind = idRow.Kind,
            Country = rows.Select(r => r.Row.Country).FirstOrDefault(c => c.Length > 0) ?? "",
            Role = rows.Select(r => r.Row.Role).FirstOrDefault(c => c.Length > 0) ?? "",
            Aliases = aliases.Order(StringComparer.Ordinal).ToArray(),
        };
    }

    // An alias that names two actors of one type goes from both. So does a country's alias that is a
    // nationality's name, which some country lists give ("South Korean" for South Korea): "South
    // Korean officials" are a nationality, not the state.
    private static IEnumerable<ActorRow> DropAmbiguousAliases(List<ActorRow> rows)
    {
        var owners = new Dictionary<(string, string), int>();
        foreach (var row in rows)
            foreach (var key in row.Names.Select(n => NameKey.For(n)).Distinct())
                owners[(row.Type, key)] = owners.GetValueOrDefault((row.Type, key)) + 1;
        var demonyms = rows.Where(r => r.Type == "NORP").SelectMany(r => r.Names).Select(n => NameKey.For(n)).ToHashSet(StringComparer.Ordinal);
        foreach (var row in rows)
            yield return row with
            {
                Aliases = row.Aliases.Where(a => owners[(row.Type, NameKey.For(a))] == 1 && !(row.Type == "GPE" && demonyms.Contains(NameKey.For(a)))).ToArray(),
            };
    }
}
