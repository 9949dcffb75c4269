using Vigil.DataBuilder.Sources;
using Vigil.Extraction.Entities;

namespace Vigil.DataBuilder;

/// <summary>
/// Organisations and armed groups from PETRARCH's dictionaries (MIT) and the OFAC list of foreign
/// terrorist organisations (US public domain). The dictionaries mix organisations with their
/// office holders and roles; only entries that read as organisations are kept.
/// </summary>
internal static class Organisations
{
    /// <summary>
    /// Intergovernmental and non-governmental organisations (CAMEO codes IGO and NGO; the thousands
    /// of companies coded MNC are left out): a block is one organisation when one of its names has
    /// an organisation noun.
    /// </summary>
    public static IEnumerable<ActorRow> International(IReadOnlyList<PetrarchDictionary.Block> blocks)
    {
        var sets = new List<string[]>();
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var b in blocks)
        {
            if (b.Codes.Count > 0 && !b.Codes.Any(c => c.StartsWith("IGO") || c.StartsWith("NGO"))) continue;
            // a lone upper-case word in these blocks is the organisation's short name ("UNICEF", "IAEA")
            var kept = b.Names.Select(StripThe).Distinct().Where(n => IsOrgName(n) || IsSingleToken(n)).ToArray();
            if (kept.Length == 0) continue;
            sets.Add(kept);
            kinds.TryAdd(kept[0], b.Codes.Any(c => c.StartsWith("IGO")) || b.Codes.Count == 0 ? "igo" : "ngo");
        }
        return Pair(sets, "igo", s => kinds.GetValueOrDefault(s[0], "igo"), _ => "");
    }

    /// <summary>Government bodies, parties and armed groups listed under each country.</summary>
    public static IEnumerable<ActorRow> National(IReadOnlyList<PetrarchDictionary.Block> blocks, Places places)
    {
        var sets = new List<string[]>();
        var countryOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var kindOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var current = "";
        foreach (var b in blocks)
        {
            if (places.CountryOfBlock(b) is { } iso2)
            {
                current = iso2;
                continue;
            }
            // PETRARCH codes agencies alike ("CIA" and "NSA" share a block), so each name stands alone
            // until an acronym or a country prefix shows two names are one body
            var names = b.Names.Select(StripThe).Distinct().ToList();
            var acronyms = AcronymsOf(names);
            names = names.Where(n => IsOrgName(n) || acronyms.Contains(n)).ToList();
            if (!names.Any(IsOrgName)) continue;
            var kind = b.Codes.Any(c => c.Contains("REB") || c.Contains("INS") || c.Contains("UAF")) ? "armed-group"
                : b.Codes.Any(c => c.Contains("OPP") || c.Contains("PTY")) ? "party" : "government";
            foreach (var set in JoinWithinBlock(names, acronyms))
            {
                sets.Add(set);
                countryOf.TryAdd(set[0], current);
                kindOf.TryAdd(set[0], kind);
            }
        }
        return Pair(sets, "gov", s => kindOf.GetValueOrDefault(s[0], "government"), s => countryOf.GetValueOrDefault(s[0], ""));
    }

    /// <summary>Armed groups: each block is one group; leaders listed among its synonyms are left out.</summary>
    public static IEnumerable<ActorRow> ArmedGroups(IReadOnlyList<PetrarchDictionary.Block> blocks, Places places)
    {
        foreach (var b in blocks)
        {
            var head = StripThe(b.Head);
            var headKey = NameKey.For(head);
            var all = b.Names.Select(StripThe).Distinct().ToList();
            var acronyms = AcronymsOf(all);
            var names = new List<string>();
            foreach (var n in all)
            {
                var words = Words.KeyWords(n);
                if (words.Any(Words.IsRoleWord) || !Words.IsCleanName(n) || Words.IsGeneric(Casing.Recase(n))) continue;
                var key = NameKey.For(n);
                // a one-word synonym is a group's other spelling ("TALEBAN") only when it starts like the group's name
                if (words.Any(Words.IsGroupWord) || acronyms.Contains(n)
                    || (words.Length == 1 && (key == headKey || (key.Length >= 3 && headKey.StartsWith(key[..3], StringComparison.Ordinal)))))
                    names.Add(n);
            }
            if (names.Count == 0 || NameKey.For(names[0]) != headKey) continue;
            var code = b.Codes.FirstOrDefault() ?? "";
            var country = code.Length >= 3 ? places.Iso2(code[..3]) ?? "" : "";
            var recased = names.Select(n => Casing.RecaseOrganisation(n, acronyms)).ToList();
            yield return new ActorRow($"grp:{Words.Slug(recased[0])}", "ORG", "armed-group", country, recased[0], recased.Skip(1).ToArray());
        }
    }

    /// <summary>
    /// OFAC's foreign terrorist organisations, and its other listed entities that PETRARCH also
    /// lists as an armed group (the Taliban is listed under SDGT only).
    /// </summary>
    public static IEnumerable<ActorRow> Sanctioned(string ofacDir, ISet<string> armedGroupKeys)
    {
        var aliases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var f in Csv.Read(Path.Combine(ofacDir, "alt.csv")))
        {
            if (f.Length < 4) continue;
            var type = Csv.Value(f[2]);
            if (type is not ("aka" or "fka" or "nka")) continue;
            if (!aliases.TryGetValue(f[0].Trim(), out var list)) aliases[f[0].Trim()] = list = [];
            list.Add(Csv.Value(f[3]));
        }
        foreach (var f in Csv.Read(Path.Combine(ofacDir, "sdn.csv")))
        {
            if (f.Length < 12 || Csv.Value(f[2]).Length > 0) continue;   // individuals and vessels carry a type
            var id = f[0].Trim();
            var names = new List<string> { Csv.Value(f[1]) };
            names.AddRange(aliases.GetValueOrDefault(id) ?? []);
            names.AddRange(RemarkAliases(Csv.Value(f[11])));
            names = names.SelectMany(SplitParenthesis).Where(n => n.Length > 0).ToList();
            var program = Csv.Value(f[3]);
            var isFto = program.Split(']', '[', ' ').Contains("FTO");
            if (!isFto && !(program.Contains("SDGT") && names.Any(n => armedGroupKeys.Contains(NameKey.For(n))))) continue;
            var acronyms = AcronymsOf(names);
            var kept = names
                .Where(n => Words.IsCleanName(n) && n.Split(' ').Length <= 8)
                .Select(n => Casing.Recase(n, acronyms))
                .Where(n => !Words.IsGeneric(n))
                .DistinctBy(n => NameKey.For(n))
                .ToList();
            if (kept.Count == 0) continue;
            yield return new ActorRow($"ofac:{id}", "ORG", "armed-group", "", kept[0], kept.Skip(1).ToArray());
        }
    }

    private static IEnumerable<string> RemarkAliases(string remarks)
    {
        const string marker = "a.k.a. '";
        var i = 0;
        while ((i = remarks.IndexOf(marker, i, StringComparison.Ordinal)) >= 0)
        {
            var start = i + marker.Length;
            var end = remarks.IndexOf('\'', start);
            // names with apostrophes ("QA'IDA") end at the quote that precedes ';' or '.'
            while (end >= 0 && end + 1 < remarks.Length && remarks[end + 1] is not (';' or '.' or ','))
                end = remarks.IndexOf('\'', end + 1);
            if (end < 0) yield break;
            yield return remarks[start..end];
            i = end + 1;
        }
    }

    /// <summary>"TEHRIK-E TALIBAN PAKISTAN (TTP)" -> the name and, when acronym-shaped, the bracketed form.</summary>
    private static IEnumerable<string> SplitParenthesis(string name)
    {
        var open = name.IndexOf('(');
        var close = name.IndexOf(')');
        if (open < 0 || close < open)
        {
            yield return name.Trim();
            yield break;
        }
        var inner = name[(open + 1)..close].Trim();
        var outer = (name[..open] + name[(close + 1)..]).Trim();
        yield return string.Join(' ', outer.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (IsSingleToken(inner)) yield return inner;
    }

    private static string StripThe(string name) => name.StartsWith("THE ", StringComparison.Ordinal) ? name[4..] : name;

    private static bool IsOrgName(string name)
    {
        var words = Words.KeyWords(name);
        return words.Any(Words.IsOrgWord) && !words.Any(Words.IsRoleWord) && Words.IsCleanName(name)
               && !Words.IsGeneric(Casing.Recase(name)) && words.Length <= 10;
    }

    /// <summary>One upper-case token of 2 to 8 letters, possibly dotted ("U.N.") or with digits ("G7").</summary>
    private static bool IsSingleToken(string name)
    {
        if (name.Contains(' ')) return false;
        var letters = name.Count(char.IsLetter);
        return letters is >= 2 and <= 8 && name.All(c => char.IsUpper(c) || char.IsDigit(c) || c is '.' or '-')
               && !Casing.IsCommonShortWordOrParticle(name);
    }

    /// <summary>
    /// The lists write everything in capitals, so an acronym shows by its shape ("IRGC", "U.N.", "G7")
    /// or by spelling the initials of another name in the same entry ("NATO", "AQAP").
    /// </summary>
    private static HashSet<string> AcronymsOf(IReadOnlyCollection<string> names)
    {
        var initials = names.Where(n => n.Contains(' ')).Select(Initials).ToHashSet(StringComparer.Ordinal);
        return names.Where(n => IsSingleToken(n) && (Casing.IsAcronymShaped(n) || initials.Contains(NameKey.For(n))))
            .ToHashSet(StringComparer.Ordinal);
    }

    private static readonly HashSet<string> InitialsSkip = new(StringComparer.Ordinal) { "of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "wa", "wal" };

    /// <summary>The initials of a name's significant words: "Central Intelligence Agency" -> "cia", "Al-Qaeda in the Arabian Peninsula" -> "aqap".</summary>
    private static string Initials(string name) =>
        string.Concat(Words.KeyWords(name).Where(w => !InitialsSkip.Contains(w)).Select(w => w[0]));

    private static IEnumerable<string[]> JoinWithinBlock(List<string> names, HashSet<string> acronyms)
    {
        var sets = names.Select(n => new List<string> { n }).ToList();
        // "US Central Command", "U.S. Central Command", "United States Central Command", "Central Command" are one body
        static string Stem(string n)
        {
            var key = NameKey.For(n);
            foreach (var prefix in new[] { "united states ", "us ", "uk ", "united kingdom ", "american ", "british " })
                if (key.StartsWith(prefix, StringComparison.Ordinal) && key.Length > prefix.Length + 4)
                    return key[prefix.Length..];
            return key;
        }
        bool Spells(string acronym, string full) =>
            acronyms.Contains(acronym) && !acronyms.Contains(full) && Initials(full) == NameKey.For(acronym)
            && names.Count(n => !acronyms.Contains(n) && Initials(n) == NameKey.For(acronym)) == 1;
        for (var i = 0; i < sets.Count; i++)
            for (var j = sets.Count - 1; j > i; j--)
            {
                var a = sets[i][0];
                var b = sets[j][0];
                if (!(Stem(a) == Stem(b) && Stem(a).Contains(' ')) && !Spells(a, b) && !Spells(b, a)) continue;
                sets[i].AddRange(sets[j]);
                sets.RemoveAt(j);
            }
        return sets.Where(s => s.Any(IsOrgName)).Select(s => s.ToArray());
    }

    /// <summary>
    /// Makes rows of name sets, pairing a lone acronym with the one set whose full name it spells,
    /// and choosing the fullest name as canonical ("Central Intelligence Agency" over "CIA").
    /// </summary>
    private static IEnumerable<ActorRow> Pair(List<string[]> sets, string idPrefix, Func<string[], string> kind, Func<string[], string> country)
    {
        var byInitials = sets
            .SelectMany(s => s.Where(n => n.Contains(' ')).Select(n => (Initials: Initials(n), Set: s)))
            .GroupBy(x => x.Initials)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Set).Distinct().ToList());
        var joined = new Dictionary<string[], List<string>>(ReferenceEqualityComparer.Instance);
        foreach (var s in sets)
        {
            if (s.Length == 1 && IsSingleToken(s[0])
                && byInitials.TryGetValue(NameKey.For(s[0]), out var targets) && targets.Count == 1 && targets[0] != s)
            {
                if (!joined.TryGetValue(targets[0], out var extra)) joined[targets[0]] = extra = [];
                extra.Add(s[0]);
                continue;
            }
            if (!joined.ContainsKey(s)) joined[s] = [];
        }
        foreach (var (set, extra) in joined)
        {
            var all = set.Concat(extra).ToList();
            var acronyms = AcronymsOf(all);
            var recased = all.Select(n => Casing.RecaseOrganisation(n, acronyms)).DistinctBy(n => NameKey.For(n)).ToList();
            var canonical = recased.OrderByDescending(n => n.Contains(' ') ? Words.KeyWords(n).Length : 0)
                .ThenBy(n => n, StringComparer.Ordinal).First();
            yield return new ActorRow($"{idPrefix}:{Words.Slug(canonical)}", "ORG", kind(set), country(set),
                canonical, recased.Where(n => n != canonical).ToArray());
        }
    }
}
