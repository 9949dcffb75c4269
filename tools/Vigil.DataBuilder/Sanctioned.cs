using System.Text.RegularExpressions;
using System.Xml.Linq;
using Vigil.DataBuilder.Sources;
using Vigil.Extraction.Entities;

namespace Vigil.DataBuilder;

/// <summary>
/// Sanctioned persons and organisations, with the names they are listed under: every individual
/// of the OFAC SDN list (US public domain), the SDGT and FTO organisations, and the individuals and
/// entities of the UN Security Council consolidated list (names and aliases only; see NOTICE for
/// why). Lists write "BARADAR, Abdul Ghani"; newsrooms write "Abdul Ghani Baradar", so that is the
/// canonical name and the listed forms are aliases.
/// </summary>
internal static partial class Sanctioned
{
    /// <summary>Honorifics the lists put inside a name ("Dr. Musa", "Mullah Omar"): no part of the name itself.</summary>
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "dr", "sheikh", "shaykh", "shaikh", "sheik", "mullah", "mulla", "mullah", "maulavi", "mawlawi", "maulvi", "molvi", "mawlavi",
        "haji", "hajji", "alhaji", "qari", "mufti", "imam", "hafiz", "hafez", "engineer", "eng", "general", "gen", "colonel", "col",
        "mr", "mrs", "ms", "amir", "emir", "sayed", "sayyid", "sayyed", "syed", "maulana", "mawlana", "akhund", "ustad", "ustadh",
    };

    public sealed record Lists(IReadOnlyList<ActorRow> People, IReadOnlyList<ActorRow> Organisations);

    public static Lists Read(string gazetteers, Places places)
    {
        var ofac = ReadOfac(Path.Combine(gazetteers, "ofac-sdn"), places);
        var un = ReadUn(Path.Combine(gazetteers, "un-sc-consolidated"), places);
        var people = MergeSamePeople(ofac.People.Concat(un.People).ToList());
        var organisations = ofac.Organisations.Concat(un.Organisations).ToList();
        return new Lists(people, organisations);
    }

    private static Lists ReadOfac(string dir, Places places)
    {
        var rows = Csv.Read(Path.Combine(dir, "sdn.csv")).Where(f => f.Length >= 12).ToList();
        var aliases = Csv.Read(Path.Combine(dir, "alt.csv")).Where(f => f.Length >= 4)
            .Where(f => !Clean(f.Length > 4 ? f[4] : "").Contains("weak", StringComparison.OrdinalIgnoreCase))
            .GroupBy(f => f[0].Trim()).ToDictionary(g => g.Key, g => g.Select(f => f[3].Trim()).ToList());
        var people = new List<ActorRow>();
        var organisations = new List<ActorRow>();
        foreach (var f in rows)
        {
            var id = f[0].Trim();
            var type = Clean(f[2]);
            var listed = f[1].Trim();
            var alts = aliases.GetValueOrDefault(id) ?? [];
            var remarks = Clean(f[11]);
            if (type == "individual")
            {
                var readable = ReadablePersonName(listed);
                if (readable is null) continue;
                var name = WithoutPatronymic(readable);
                var forms = alts.Select(ReadablePersonName).OfType<string>().SelectMany(a => new[] { a, WithoutPatronymic(a) }).Append(readable).Append(listed);
                people.Add(new ActorRow($"ofac:{id}", "PERSON", "sanctioned", Nationality(remarks, places), name,
                    Distinct(name, forms), Clean(f[4])));
            }
            else if (type == "" && (f[3].Contains("SDGT") || f[3].Contains("FTO")))
            {
                var name = Casing.Recase(StripListSuffix(listed));
                if (!Words.IsCleanName(name) || Words.IsGeneric(name)) continue;
                organisations.Add(new ActorRow($"ofac:{id}", "ORG", "sanctioned", "", name,
                    Distinct(name, alts.Select(a => Casing.Recase(StripListSuffix(a))).Where(Words.IsCleanName))));
            }
        }
        return new Lists(people, organisations);
    }

    private static Lists ReadUn(string dir, Places places)
    {
        var file = Directory.GetFiles(dir, "*.xml").Order(StringComparer.Ordinal).First();
        var root = XDocument.Load(file).Root!;
        var people = new List<ActorRow>();
        foreach (var x in root.Element("INDIVIDUALS")?.Elements("INDIVIDUAL") ?? [])
        {
            var parts = new[] { "FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME" }
                .Select(n => Clean(x.Element(n)?.Value ?? "")).Where(n => n.Length > 0).Select(n => Casing.Recase(n)).ToArray();
            if (parts.Length == 0) continue;
            var listed = string.Join(' ', parts);
            var good = x.Elements("INDIVIDUAL_ALIAS").Where(a => Clean(a.Element("QUALITY")?.Value ?? "") == "Good")
                .Select(a => Clean(a.Element("ALIAS_NAME")?.Value ?? "")).Where(a => a.Length > 0).ToList();
            var name = NewsroomName(parts, good, Clean(x.Element("UN_LIST_TYPE")?.Value ?? ""));
            var nationality = x.Elements("NATIONALITY").Elements("VALUE").Select(v => places.Iso2ForName(Clean(v.Value)))
                .FirstOrDefault(c => c is not null) ?? "";
            var role = x.Elements("DESIGNATION").Elements("VALUE").Select(v => Clean(v.Value)).FirstOrDefault(v => v.Length > 0) ?? "";
            var forms = good.Select(ReadablePersonName).OfType<string>().Append(listed);
            people.Add(new ActorRow($"un:{Clean(x.Element("REFERENCE_NUMBER")?.Value ?? "")}", "PERSON", "sanctioned", nationality, name,
                Distinct(name, forms), TrimRoleLetter(role)));
        }
        var organisations = new List<ActorRow>();
        foreach (var x in root.Element("ENTITIES")?.Elements("ENTITY") ?? [])
        {
            var name = Casing.Recase(StripListSuffix(Clean(x.Element("FIRST_NAME")?.Value ?? "")));
            if (name.Length == 0 || !Words.IsCleanName(name) || Words.IsGeneric(name)) continue;
            var alts = x.Elements("ENTITY_ALIAS").Select(a => Clean(a.Element("ALIAS_NAME")?.Value ?? ""))
                .Where(a => a.Length > 0).Select(a => Casing.Recase(StripListSuffix(a))).Where(Words.IsCleanName);
            organisations.Add(new ActorRow($"un:{Clean(x.Element("REFERENCE_NUMBER")?.Value ?? "")}", "ORG", "sanctioned", "", name, Distinct(name, alts)));
        }
        return new Lists(people, organisations);
    }

    /// <summary>
    /// The name news uses: the shortest listed alias made only of the listed name's words ("Abdul
    /// Ghani Baradar" among "ABDUL GHANI BARADAR ABDUL AHMAD TURK"); else, on the Taliban list, whose
    /// third name is the father's, the first two; else the listed name.
    /// </summary>
    private static string NewsroomName(string[] parts, List<string> goodAliases, string listType)
    {
        var listedWords = parts.SelectMany(p => NameWords(p)).ToHashSet(StringComparer.Ordinal);
        var shortest = goodAliases.Where(a => !a.Contains(','))
            .Select(a => (Alias: a, Words: NameWords(a)))
            .Where(a => a.Words.Length >= 2 && a.Words.Length < listedWords.Count && a.Words.All(listedWords.Contains))
            .OrderBy(a => a.Words.Length).ThenBy(a => a.Alias, StringComparer.Ordinal)
            .Select(a => a.Alias).FirstOrDefault();
        if (shortest is not null) return Tidy(shortest);
        if (listType == "Taliban" && parts.Length > 2) return $"{parts[0]} {parts[1]}";
        return string.Join(' ', parts);
    }

    /// <summary>
    /// "Aleksandr Valentinovich Novak" → "Alexander Novak": news leaves out a Russian, Ukrainian or
    /// Belarusian patronymic, which the lists always give, and spells the given name as newsrooms
    /// do ("Dmitriy" → "Dmitry", "Yevgeniy" → "Yevgeny"). Other names are returned as they are.
    /// </summary>
    public static string WithoutPatronymic(string readable)
    {
        var words = readable.Split(' ');
        if (words.Length < 3 || !words[1..^1].Any(IsPatronymic)) return readable;
        var kept = words.Where((w, i) => i == 0 || i == words.Length - 1 || !IsPatronymic(w)).ToArray();
        kept[0] = NewsroomGivenNames.GetValueOrDefault(kept[0], kept[0]);
        return string.Join(' ', kept);
    }

    private static bool IsPatronymic(string word) =>
        word.Length > 5 && new[] { "ovich", "evich", "ovna", "evna", "ichna" }.Any(e => word.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>Transliterations of Russian given names as the wire services write them.</summary>
    private static readonly Dictionary<string, string> NewsroomGivenNames = new(StringComparer.Ordinal)
    {
        ["Aleksandr"] = "Alexander", ["Aleksey"] = "Alexei", ["Aleksei"] = "Alexei", ["Dmitriy"] = "Dmitry", ["Dmitrii"] = "Dmitry",
        ["Yevgeniy"] = "Yevgeny", ["Evgeniy"] = "Yevgeny", ["Yuriy"] = "Yuri", ["Yuri"] = "Yuri", ["Valeriy"] = "Valery",
        ["Vitaliy"] = "Vitaly", ["Anatoliy"] = "Anatoly", ["Gennadiy"] = "Gennady", ["Grigoriy"] = "Grigory", ["Arkadiy"] = "Arkady",
        ["Nikolay"] = "Nikolai", ["Sergey"] = "Sergei", ["Andrey"] = "Andrei", ["Aleksandra"] = "Alexandra", ["Mariya"] = "Maria",
        ["Vasiliy"] = "Vasily", ["Mikhaylo"] = "Mykhailo", ["Oleksandr"] = "Oleksandr", ["Timofey"] = "Timofei", ["Matvey"] = "Matvei",
    };

    /// <summary>"BARADAR, Abdul Ghani" → "Abdul Ghani Baradar"; null when what is left is not a name of two words or more.</summary>
    public static string? ReadablePersonName(string listed)
    {
        var text = Clean(listed);
        var comma = text.IndexOf(',');
        var ordered = comma < 0 ? text : $"{text[(comma + 1)..].Trim()} {text[..comma].Trim()}";
        var words = ordered.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !Honorifics.Contains(NameKey.For(w))).ToArray();
        if (words.Length < 2 || words.Any(w => !w.Any(char.IsLetter) || w.Any(c => char.IsDigit(c) || c is '(' or ')' or '"' or ';' or ':' or '/')))
            return null;
        return Tidy(string.Join(' ', words.Select(w => w.Any(char.IsLower) ? w : Casing.Recase(w))));
    }

    /// <summary>
    /// One person listed by both OFAC and the UN is one actor: rows join when they share a name and
    /// no nationality they state disagrees. The OFAC row keeps its id; the UN's role and forms are added.
    /// </summary>
    private static List<ActorRow> MergeSamePeople(List<ActorRow> rows)
    {
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
            foreach (var key in rows[i].Names.Select(n => NameKey.For(n)).Where(k => k.Contains(' ')).Distinct())
            {
                if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = [];
                list.Add(i);
            }
        var parent = Enumerable.Range(0, rows.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        foreach (var (_, list) in byKey.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            // a name shared by more than one row of a list is a common name, not evidence of one person
            if (list.Count != 2 || rows[list[0]].Id[..3] == rows[list[1]].Id[..3]) continue;
            var (a, b) = (rows[list[0]], rows[list[1]]);
            if (a.Country.Length > 0 && b.Country.Length > 0 && a.Country != b.Country) continue;
            parent[Find(list[1])] = Find(list[0]);
        }
        return Enumerable.Range(0, rows.Count).GroupBy(Find).Select(g =>
        {
            var group = g.Select(i => rows[i]).OrderBy(r => r.Id.StartsWith("un:") ? 1 : 0).ToList();
            var first = group[0];
            if (group.Count == 1) return first;
            // the UN's chosen form is the newsroom one when it is shorter than OFAC's
            var name = group.Select(r => r.Name).OrderBy(n => n.Split(' ').Length).ThenBy(n => n, StringComparer.Ordinal).First();
            return first with
            {
                Name = name,
                Country = group.Select(r => r.Country).FirstOrDefault(c => c.Length > 0) ?? "",
                Role = group.Select(r => r.Role).FirstOrDefault(r => r.Length > 0) ?? "",
                Aliases = Distinct(name, group.SelectMany(r => r.Names)),
            };
        }).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
    }

    private static string[] Distinct(string name, IEnumerable<string> forms)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { NameKey.For(name) };
        return forms.Select(Tidy).Where(f => f.Length > 0 && seen.Add(NameKey.For(f))).Order(StringComparer.Ordinal).ToArray();
    }

    private static string Nationality(string remarks, Places places)
    {
        var m = NationalityRemark().Match(remarks);
        return m.Success ? places.Iso2ForName(m.Groups[1].Value.Trim()) ?? "" : "";
    }

    private static string StripListSuffix(string name)
    {
        var paren = name.IndexOf(" (", StringComparison.Ordinal);
        return (paren > 0 ? name[..paren] : name).Trim().TrimEnd('.', ';');
    }

    private static string TrimRoleLetter(string role) => role.StartsWith("a) ", StringComparison.Ordinal) ? role[3..] : role;

    private static string[] NameWords(string name) =>
        NameKey.For(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Honorifics.Contains(w)).ToArray();

    private static string Tidy(string s) => string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim();

    private static string Clean(string s) => s.Trim() is "-0-" ? "" : string.Join(' ', s.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"(?:nationality|citizen) ([A-Z][A-Za-z ]+?)(?:;|\.|$| alt\.)")]
    private static partial Regex NationalityRemark();
}
