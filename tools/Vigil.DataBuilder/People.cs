using Vigil.DataBuilder.Sources;
using Vigil.Extraction.Entities;

namespace Vigil.DataBuilder;

/// <summary>Heads of state and government (Wikidata, CC0), nationality words and person titles (OpenSextant, Apache-2.0).</summary>
internal static class People
{
    public static IEnumerable<ActorRow> Leaders(string wikidataDir, Places places)
    {
        var rows = Csv.Read(Path.Combine(wikidataDir, "wikidata.csv")).Skip(1).Where(f => f.Length >= 8).ToList();
        foreach (var holder in rows.GroupBy(f => f[4]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            // the latest office a person held is the role news most likely gives them
            var latest = holder.OrderByDescending(f => f[6], StringComparer.Ordinal).ThenBy(f => f[3], StringComparer.Ordinal).First();
            var name = latest[5].Trim();
            if (name.Length == 0 || (name[0] == 'Q' && name.Skip(1).All(char.IsDigit))) continue;
            var country = places.Iso2ForName(latest[1]) ?? places.Iso2ForName(StripPolityPrefix(latest[1])) ?? "";
            yield return new ActorRow($"wd:{holder.Key}", "PERSON", "leader", country, name, [], latest[3].Trim());
        }
    }

    private static string StripPolityPrefix(string name)
    {
        foreach (var p in new[] { "Kingdom of the ", "Kingdom of ", "Republic of the ", "Republic of ", "State of " })
            if (name.StartsWith(p, StringComparison.Ordinal))
                return name[p.Length..];
        return name;
    }

    /// <summary>Nationality words grouped by country: "Afghan" names the NORP, "Afghans" and "Afghani" are its aliases.</summary>
    public static (IEnumerable<ActorRow> Rows, Dictionary<string, List<string>> ByIso2) Demonyms(string xponentsDir, string correctionsPath, Places places)
    {
        var byCountry = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (form, country) in Xponents.ReadNationalities(xponentsDir, correctionsPath))
        {
            var iso2 = country.Length == 3 ? places.Iso2(country) : null;
            var group = iso2 ?? (country.StartsWith('~') ? country : "~" + Words.Slug(form));
            if (!byCountry.TryGetValue(group, out var list)) byCountry[group] = list = [];
            var recased = string.Join(' ', form.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Capitalise));
            if (!list.Contains(recased)) list.Add(recased);
        }
        var rows = new List<ActorRow>();
        foreach (var (group, forms) in byCountry.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var keys = forms.Select(f => NameKey.For(f)).ToHashSet();
            bool IsPlural(string f) => NameKey.For(f) is var k && k.EndsWith('s') && keys.Contains(k[..^1]);
            bool HasPlural(string f) => keys.Contains(NameKey.For(f) + "s");
            // the everyday adjective belongs to the largest family of forms ("British", "Britons", "Brits" over
            // "Scotch", "Scots"), is invariant when the language has one ("Chinese" over "Sino"), else has a
            // plural ("Indian"/"Indians" over the prefix "Indo"), else is the shortest ("Greek" over "Grecian")
            int Family(string f) => keys.Count(k => k.Length >= 3 && NameKey.For(f) is var fk && fk.Length >= 3 && k[..3] == fk[..3]);
            var name = forms.Where(f => !IsPlural(f))
                .OrderByDescending(Family).ThenByDescending(IsInvariant).ThenByDescending(HasPlural).ThenBy(f => f.Length).ThenByDescending(HasDemonymEnding)
                .ThenBy(f => f, StringComparer.Ordinal).First();
            var country = group.StartsWith('~') ? "" : group;
            var id = country.Length > 0 ? $"norp:{country}" : $"norp:{group[1..]}";
            rows.Add(new ActorRow(id, "NORP", "nationality", country, name, forms.Where(f => f != name).ToArray()));
        }
        return (rows, byCountry.Where(kv => !kv.Key.StartsWith('~')).ToDictionary(kv => kv.Key, kv => kv.Value));
    }

    /// <summary>Adjectives with no plural of their own ("British", "Chinese", "Dutch", "Swiss") are the everyday form when a country has one.</summary>
    private static bool IsInvariant(string f) =>
        new[] { "ish", "ese", "ch", "ss" }.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>"Afghan", "Iraqi", "Cypriot" rather than a prefix such as "Indo".</summary>
    private static bool HasDemonymEnding(string f) =>
        new[] { "an", "ese", "ish", "ic", "i", "ch", "ss", "ot", "er", "ene" }.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    private static string Capitalise(string w) => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..];

    /// <summary>
    /// Entries of OpenSextant's title filter that are not titles: kinship and status nouns, which
    /// precede names too ("his son Hunter") but are no part of how a person is addressed.
    /// </summary>
    private static readonly HashSet<string> NotTitles = new(StringComparer.Ordinal)
    {
        "aka", "a.k.a", "child", "son", "daughter", "mother", "father", "brother", "sister", "cousin", "aunt", "uncle", "hostage", "guard",
        "mate", "insurgent", "inmate", "prisoner", "resident", "student", "singer", "protester", "protesters", "celebrant", "staff",
        "register", "registrar", "associate", "assoc", "retired", "ret", "tf", "doctors", "drs", "srs", "sra", "msr", "scy",
        "amn", "mg", "bg", "lg", "ag", "cmd", "comm", "commis", "dep", "dir", "pres", "master", "manager", "elder", "lords",
        "senior", "sr", "spkr", "engineer", "nurse", "pir", "faris", "farisa", "malika", "amira", "qadiya", "mushira", "amr",
        "emr", "kaliph", "kalif", "khalif", "khalifah", "maulan", "mulla", "govenor", "seargent", "marshall", "contessa", "cmr",
        "cmsr", "1lt", "2lt", "1sg", "pv2", "po1", "po2", "po3", "cw1", "cw2", "cw3", "cw4", "cw5", "a1c", "nco", "sma", "csm", "sgm",
        "msg", "sfc", "ssg", "spc", "pvt", "pfc", "tsgt", "msgt", "smsgt", "cmsgt", "ssgt", "lcpl", "ltc", "lgen", "bgen",
        "ltg", "ltgen", "lcdr", "radm", "vadm", "cmdt", "asst", "cpt", "vp", "cio", "coo", "cto", "cfo", "esquire", "esq",
        "hon", "county sheriff", "phd", "ph.d", "mushir", "sayyid",
    };

    private static readonly Dictionary<string, (string Kind, string Gender)> TitleKinds = BuildKinds();

    private static Dictionary<string, (string, string)> BuildKinds()
    {
        var d = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        void Add(string kind, string gender, string words)
        {
            foreach (var w in words.Split('|', StringSplitOptions.RemoveEmptyEntries)) d[w] = (kind, gender);
        }
        Add("honorific", "m", "mr|sir");
        Add("honorific", "f", "mrs|ms|miss");
        Add("honorific", "", "dr|doctor|prof|professor");
        Add("royal", "m", "king|prince|duke|baron|lord");
        Add("royal", "f", "queen|princess|duchess|baroness");
        Add("military", "", "general|gen|lt|lieutenant|lieut|col|colonel|capt|captain|major|maj|sgt|sergeant|admiral|adm|commander|cmdr|cdr|" +
            "commandant|marshal|corporal|cpl|airman|lt-gen|lt gen|brig gen|brig. gen.");
        Add("religious", "", "reverend|rev|priest|prophet|imam|mullah|rabbi|caliph|emir|amir|malik|sheikh|shayk|qadi|msgr");
        return d;
    }

    public static IEnumerable<(string Title, string Kind, string Gender)> Titles(string xponentsDir, string curatedTitles)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in Xponents.ReadTitles(xponentsDir))
        {
            if (NotTitles.Contains(t) || !seen.Add(NameKey.For(t))) continue;
            var (kind, gender) = TitleKinds.GetValueOrDefault(t, ("role", ""));
            yield return (t, kind, gender);
        }
        foreach (var line in File.ReadLines(curatedTitles))
        {
            if (line.StartsWith('#') || line.Trim().Length == 0) continue;
            var f = line.Split('\t');
            if (!seen.Add(NameKey.For(f[0]))) continue;
            yield return (f[0].Trim(), f.Length > 1 ? f[1].Trim() : "role", f.Length > 2 ? f[2].Trim() : "");
        }
    }
}
