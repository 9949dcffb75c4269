using System.Reflection;
using Vigil.Documents;
using Vigil.Extraction.Entities;

namespace Vigil.Extraction.Actors;

/// <summary>
/// Every actor Vigil knows by name: the bundled gazetteer and sanctions lists, what the user adds
/// (a watch list), and, at ingest, the actors stored from earlier articles. Resolves a name to one
/// actor: by its canonical name or an alias first, then, for people, tolerantly
/// (<see cref="PersonMatcher"/>). Immutable and safe to share between threads; <see cref="With"/>
/// returns a new registry.
/// </summary>
public sealed class ActorRegistry
{
    private static readonly Lazy<ActorRegistry> LazyBundled = new(LoadBundled, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, int> _byId;
    // keyed by a type-group letter and the name key ("P|abdul ghani baradar"): plain string keys keep
    // the lookups on the runtime's precompiled code, which matters for a registry built at every start
    private readonly Dictionary<string, int[]> _byKey;
    private readonly Lazy<PersonMatcher> _people;
    private readonly Gazetteer _gazetteer;

    private ActorRegistry(ImmutableArray<Actor> actors, Gazetteer gazetteer)
    {
        Actors = actors;
        _gazetteer = gazetteer;
        _byId = new Dictionary<string, int>(actors.Length, StringComparer.Ordinal);
        var byKey = new Dictionary<string, List<int>>(actors.Length * 3, StringComparer.Ordinal);
        for (var i = 0; i < actors.Length; i++)
        {
            _byId[actors[i].Id] = i;
            foreach (var key in KeysOf(actors[i]))
            {
                if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = new List<int>(1);
                if (list.Count == 0 || list[^1] != i) list.Add(i);
            }
        }
        _byKey = new Dictionary<string, int[]>(byKey.Count, StringComparer.Ordinal);
        foreach (var (key, list) in byKey) _byKey[key] = [.. list];
        // only names that no list holds exactly need the tolerant index, and many runs meet none
        _people = new Lazy<PersonMatcher>(() => new PersonMatcher(actors, gazetteer), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The registry bundled with Vigil: the gazetteer's actors and the sanctioned persons and organisations.</summary>
    public static ActorRegistry Bundled => LazyBundled.Value;

    /// <summary>A registry of these actors alone (tests, or a deployment without the bundled lists).</summary>
    public static ActorRegistry Create(IEnumerable<Actor> actors, Gazetteer? gazetteer = null) =>
        new([.. Merge([], null, null, actors)], gazetteer ?? Gazetteer.Default);

    public ImmutableArray<Actor> Actors { get; }

    public int Count => Actors.Length;

    public Actor? FindById(string id) => _byId.TryGetValue(id, out var i) ? Actors[i] : null;

    /// <summary>
    /// This registry with more actors. One that has the id of a known actor, or the name or an
    /// alias of exactly one known actor of its kind, joins that actor (its id kept): a watch list's
    /// "Taliban" is the bundled Taliban, under the name the user gave and with both sets of aliases.
    /// </summary>
    public ActorRegistry With(IEnumerable<Actor> added)
    {
        ArgumentNullException.ThrowIfNull(added);
        var list = added.ToList();
        return list.Count == 0 ? this : new ActorRegistry([.. Merge(Actors, _byId, _byKey, list)], _gazetteer);
    }

    /// <summary>
    /// The actor an entity of <paramref name="type"/> named <paramref name="names"/> (its spellings,
    /// fullest first) and titled <paramref name="title"/> is: exact and alias matches first, then
    /// a tolerant match for people. Null when no actor fits, or several fit alike.
    /// </summary>
    public ActorMatch? Resolve(EntityType type, IReadOnlyList<string> names, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (ResolveExactly(type, names, title) is { } exact) return exact;
        if (type != EntityType.Person) return null;
        var full = names.Where(n => n.Contains(' ') || n.Contains(',')).ToList();
        if (full.Count == 0) return null;
        // news repeats its names from article to article, and a match depends only on the names and title
        var key = string.Join('\u0001', full.Prepend(title ?? ""));
        if (_tolerant.TryGetValue(key, out var known)) return known;
        var match = _people.Value.Match(full, title);
        if (_tolerant.Count < MaxRemembered) _tolerant.TryAdd(key, match);
        return match;
    }

    private const int MaxRemembered = 100_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ActorMatch?> _tolerant = new(StringComparer.Ordinal);

    private ActorMatch? ResolveExactly(EntityType type, IReadOnlyList<string> names, string? title)
    {
        var group = GroupOf(type);
        var found = new List<(int Actor, MatchKind Kind)>();
        foreach (var name in names)
        {
            var key = NameKey.For(name);
            if (!_byKey.TryGetValue(Key(group, key), out var actors)) continue;
            foreach (var i in actors)
            {
                var actor = Actors[i];
                // one word names nobody across articles ("Sullivan"), unless the user listed it as a name for someone
                if (type == EntityType.Person && !key.Contains(' ') && actor.Origin != ActorOrigin.WatchList) continue;
                var kind = NameKey.For(actor.Name) == key ? MatchKind.Name : MatchKind.Alias;
                if (!found.Exists(f => f.Actor == i)) found.Add((i, kind));
            }
        }
        if (found.Count == 0) return null;
        if (found.Count > 1)
        {
            // a name several actors share: a role the article gives may tell them apart, and an actor a
            // registry holds outranks one that was only seen in an article
            var byRole = found.Where(f => RoleEvidence.Compare(title, Actors[f.Actor].Role, _gazetteer) == RoleAgreement.Agree).ToList();
            var registered = found.Where(f => Actors[f.Actor].Origin != ActorOrigin.Seen).ToList();
            found = byRole.Count == 1 ? byRole : registered.Count == 1 ? registered : found;
            if (found.Count > 1) return null;
        }
        var (index, matchKind) = found[0];
        return new ActorMatch(Actors[index], matchKind, matchKind == MatchKind.Name ? 1.0 : 0.95);
    }

    private static IEnumerable<string> KeysOf(Actor actor)
    {
        var group = GroupOf(actor.Type);
        foreach (var name in actor.Aliases.Prepend(actor.Name))
        {
            var key = NameKey.For(name);
            if (key.Length > 0) yield return Key(group, key);
            // a listed "BARADAR, Abdul Ghani" is also found as "Abdul Ghani Baradar"
            var comma = name.IndexOf(',');
            if (comma > 0 && actor.Type == EntityType.Person)
                yield return Key(group, NameKey.For(name[(comma + 1)..].Trim() + " " + name[..comma].Trim()));
        }
    }

    private static string Key(TypeGroup group, string nameKey) => (char)('A' + (int)group) + "|" + nameKey;

    private enum TypeGroup { Person, Organisation, Place, Group, Other }

    /// <summary>Types a name may be read as interchangeably: a country and a region, a nationality and its people.</summary>
    private static TypeGroup GroupOf(EntityType type) => type switch
    {
        EntityType.Person => TypeGroup.Person,
        EntityType.Org => TypeGroup.Organisation,
        EntityType.Gpe or EntityType.Loc or EntityType.Fac => TypeGroup.Place,
        EntityType.Norp => TypeGroup.Group,
        _ => TypeGroup.Other,
    };

    /// <summary>
    /// The actors with the added ones joined in. The lookups of the registry being extended are
    /// reused rather than rebuilt, so adding a watch list to the bundled registry costs the watch list.
    /// </summary>
    private static List<Actor> Merge(IReadOnlyList<Actor> existing, Dictionary<string, int>? baseById,
        Dictionary<string, int[]>? baseByKey, IEnumerable<Actor> added)
    {
        var actors = existing.ToList();
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        void Index(int i)
        {
            byId[actors[i].Id] = i;
            foreach (var key in KeysOf(actors[i]))
            {
                if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = [];
                if (!list.Contains(i)) list.Add(i);
            }
        }
        if (baseById is null)
            for (var i = 0; i < actors.Count; i++) Index(i);
        foreach (var actor in added)
        {
            ArgumentNullException.ThrowIfNull(actor);
            int? target = byId.TryGetValue(actor.Id, out var same) ? same
                : baseById is not null && baseById.TryGetValue(actor.Id, out var known) ? known
                : null;
            if (target is null)
            {
                var key = Key(GroupOf(actor.Type), NameKey.For(actor.Name));
                var owners = (byKey.TryGetValue(key, out var local) ? local : [])
                    .Concat(baseByKey is not null && baseByKey.TryGetValue(key, out var inBase) ? inBase : []).Distinct().ToList();
                if (owners.Count == 1) target = owners[0];
            }
            if (target is { } t)
            {
                actors[t] = Join(actors[t], actor);
                Index(t);
            }
            else
            {
                actors.Add(actor);
                Index(actors.Count - 1);
            }
        }
        return actors;
    }

    /// <summary>The known actor with what the newcomer adds: the user's name and facts win over a list's, aliases are pooled.</summary>
    private static Actor Join(Actor known, Actor added)
    {
        var userWins = added.Origin == ActorOrigin.WatchList || known.Origin == ActorOrigin.Seen;
        var name = userWins ? added.Name : known.Name;
        var aliases = known.Aliases.Prepend(known.Name).Concat(added.Aliases.Prepend(added.Name))
            .Where(a => a != name).Distinct(StringComparer.Ordinal).ToImmutableArray();
        return known with
        {
            Name = name,
            Aliases = aliases,
            Origin = userWins && added.Origin != ActorOrigin.Seen ? added.Origin : known.Origin,
            Role = (userWins ? added.Role ?? known.Role : known.Role ?? added.Role),
            Country = known.Country ?? added.Country,
            Organisation = known.Organisation ?? added.Organisation,
        };
    }

    private static ActorRegistry LoadBundled()
    {
        var gazetteer = Gazetteer.Default;
        var actors = gazetteer.Entries.Select(FromEntry).ToList();
        using var sanctioned = new StreamReader(Open("sanctioned.tsv"));
        actors.AddRange(ReadRows(sanctioned));
        return new ActorRegistry([.. actors], gazetteer);
    }

    private static Actor FromEntry(GazetteerEntry e) => new(e.Id, e.Name, e.Type, e.Aliases)
    {
        Role = e.Role,
        Country = e.Country,
    };

    /// <summary>Rows in the column order of the builder's files: id, type, kind, country, name, aliases, role.</summary>
    private static IEnumerable<Actor> ReadRows(TextReader reader)
    {
        var lineNo = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 6) throw new FormatException($"sanctioned.tsv line {lineNo}: expected at least 6 tab-separated columns.");
            yield return new Actor(f[0], f[4], Gazetteer.ParseType(f[1], lineNo), f[5].Length == 0 ? [] : [.. f[5].Split('|')])
            {
                Country = f[3].Length == 0 ? null : f[3],
                Role = f.Length > 6 && f[6].Length > 0 ? f[6] : null,
            };
        }
    }

    private static Stream Open(string name)
    {
        var assembly = typeof(ActorRegistry).Assembly;
        return assembly.GetManifestResourceStream("Vigil.Extraction.Resources." + name)
               ?? throw new InvalidOperationException($"The embedded resource {name} is missing from {assembly.GetName().Name}.");
    }
}
