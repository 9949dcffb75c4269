using Vigil.DataBuilder.Sources;
using Vigil.Extraction.Entities;

namespace Vigil.DataBuilder;

/// <summary>
/// Countries, capitals, large cities (GeoNames) and nationality words (OpenSextant), with the
/// country synonyms that PETRARCH's country dictionary holds ("U.S.", "America", "Britain").
/// </summary>
internal sealed class Places
{
    /// <summary>Cities this large are named in news without their country; smaller ones collide with common words ("Reading", "Mobile").</summary>
    public const long LargeCityPopulation = 500_000;

    private readonly List<GeoNames.Country> _countries;
    private readonly List<GeoNames.City> _cities;
    private readonly HashSet<string> _largePlaceKeys;  // the cities kept and every first-level division
    private readonly Dictionary<string, string> _iso3To2;

    public Places(string gazetteers)
    {
        var geo = Path.Combine(gazetteers, "geonames");
        _countries = GeoNames.ReadCountries(geo);
        _cities = GeoNames.ReadCities(geo);
        _largePlaceKeys = _cities.Where(IsKept).SelectMany(c => new[] { c.Name, c.AsciiName })
            .Concat(GeoNames.ReadAdmin1Names(geo))
            .Select(n => NameKey.For(n)).ToHashSet(StringComparer.Ordinal);
        _iso3To2 = _countries.ToDictionary(c => c.Iso3, c => c.Iso2, StringComparer.Ordinal);
        CountryKeys = _countries.Select(c => NameKey.For(CanonicalCountryName(c.Name))).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlySet<string> CountryKeys { get; }

    private static bool IsKept(GeoNames.City c) => c.FeatureCode == "PPLC" || c.Population >= LargeCityPopulation;

    public string? Iso2(string iso3) => _iso3To2.GetValueOrDefault(iso3);

    public string? Iso2ForName(string name)
    {
        var key = NameKey.For(CanonicalCountryName(name));
        return _countries.FirstOrDefault(c => NameKey.For(CanonicalCountryName(c.Name)) == key)?.Iso2;
    }

    /// <summary>"The Netherlands" -> "Netherlands": the article is the sentence's, not the name's.</summary>
    public static string CanonicalCountryName(string name) =>
        name.StartsWith("The ", StringComparison.Ordinal) ? name[4..] : name;

    public IEnumerable<ActorRow> Countries(
        IReadOnlyList<PetrarchDictionary.Block> petrarchCountries,
        IReadOnlyDictionary<string, List<string>> demonymsByIso2,
        ISet<string> demonymKeys)
    {
        var synonyms = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var b in petrarchCountries)
            if (CountryOfBlock(b) is { } iso2)
            {
                if (!synonyms.TryGetValue(iso2, out var list)) synonyms[iso2] = list = [];
                list.AddRange(b.Names);
            }
        foreach (var c in _countries.OrderBy(c => c.Iso2, StringComparer.Ordinal))
        {
            var name = CanonicalCountryName(c.Name);
            var nameKey = NameKey.For(name);
            var demonyms = demonymsByIso2.GetValueOrDefault(c.Iso2) ?? [];
            var aliases = new List<string>();
            foreach (var syn in synonyms.GetValueOrDefault(c.Iso2) ?? [])
            {
                var alias = Casing.Recase(syn.StartsWith("THE ", StringComparison.Ordinal) ? syn[4..] : syn);
                var key = NameKey.For(alias);
                if (key == nameKey || !Words.IsCleanName(alias) || alias.Split(' ').Length > 6) continue;
                if (_largePlaceKeys.Contains(key) || CountryKeys.Contains(key)) continue;
                // "Dutchman", "Scot", "Chinese Wall": people and things of the country, not its names
                var words = key.Split(' ');
                if (words.Any(demonymKeys.Contains) || words.Any(w => w.EndsWith("man") || w.EndsWith("woman") || w.EndsWith("men"))) continue;
                if (!NameLike(syn, key, nameKey, demonyms)) continue;
                aliases.Add(alias);
            }
            yield return new ActorRow($"iso:{c.Iso2}", "GPE", "country", c.Iso2, name, aliases);
        }
    }

    /// <summary>
    /// PETRARCH lists, under a country, its misspellings and short forms but also its cities,
    /// provinces and nicknames. A synonym is kept as a name of the country only when it reads as
    /// one: an abbreviation ("U.S.", "DPRK"), a close spelling ("Afganistan"), a form sharing a word
    /// with the name ("United States of America") or the stem of its nationality ("America", "Britain").
    /// </summary>
    private static bool NameLike(string upper, string key, string nameKey, IReadOnlyList<string> demonyms)
    {
        if (!upper.Contains(' ') && Casing.IsAcronymShaped(upper))
            return true;
        if (Words.Similarity(key, nameKey) >= 0.75)
            return true;
        var nameWords = nameKey.Split(' ').Where(w => w.Length > 3 && !EntityLexicon.Connectors.Contains(w)).ToHashSet();
        if (key.Split(' ').Any(nameWords.Contains))
            return true;
        return key.Length >= 7 && demonyms.Any(d => NameKey.For(d) is var dk && dk.Length >= 4 && dk[..4] == key[..4]);
    }

    /// <summary>
    /// The country a PETRARCH block is headed by, when it is a country block: coded with a bare
    /// three-letter country code (alone or among dated codes), or headed by the country's own name.
    /// </summary>
    public string? CountryOfBlock(PetrarchDictionary.Block b)
    {
        if (Words.KeyWords(b.Head).Any(Words.IsOrgWord))
            return null;
        var headKey = NameKey.For(b.Head.StartsWith("THE ", StringComparison.Ordinal) ? b.Head[4..] : b.Head);
        var byName = _countries.FirstOrDefault(c => NameKey.For(CanonicalCountryName(c.Name)) == headKey);
        if (byName is not null)
            return byName.Iso2;
        foreach (var code in b.Codes)
            if (code.Length == 3 && _iso3To2.TryGetValue(code, out var iso2))
                return iso2;
        return null;
    }

    /// <summary>
    /// States, provinces and regions (GeoNames first-level divisions): "Texas", "Helmand", "Punjab".
    /// A division sharing a name with a country or a kept city leaves the name to them; "Donetsk
    /// Oblast" is also found as "Donetsk" when no city holds that name.
    /// </summary>
    public IEnumerable<ActorRow> Divisions(string gazetteers, ISet<string> demonymKeys)
    {
        var taken = new HashSet<string>(CountryKeys, StringComparer.Ordinal);
        taken.UnionWith(demonymKeys);
        taken.UnionWith(_cities.Where(IsKept).SelectMany(c => new[] { NameKey.For(c.Name), NameKey.For(c.AsciiName) }));
        foreach (var line in File.ReadLines(Path.Combine(gazetteers, "geonames", "admin1CodesASCII.txt")))
        {
            var f = line.Split('\t');
            if (f.Length < 4) continue;
            var (name, ascii, id) = (f[1].Trim(), f[2].Trim(), f[3].Trim());
            var country = f[0].Split('.')[0];
            if (!Words.IsCleanName(ascii) || Words.IsGeneric(name) || taken.Contains(NameKey.For(name))) continue;
            var aliases = new List<string>();
            if (NameKey.For(ascii) != NameKey.For(name)) aliases.Add(ascii);
            var words = ascii.Split(' ');
            if (words.Length > 1 && DivisionSuffixes.Contains(NameKey.For(words[^1])) && string.Join(' ', words[..^1]) is var bare
                && !taken.Contains(NameKey.For(bare)) && !Words.IsGeneric(bare))
                aliases.Add(bare);
            yield return new ActorRow($"geo:{id}", "GPE", "division", country, name, aliases);
        }
    }

    private static readonly HashSet<string> DivisionSuffixes = new(StringComparer.Ordinal)
    {
        "oblast", "province", "region", "governorate", "state", "district", "prefecture", "county", "municipality", "city", "krai", "okrug",
    };

    /// <param name="confirmed">The names PETRARCH lists, each with the countries it files them under.</param>
    public IEnumerable<ActorRow> Cities(IReadOnlyDictionary<string, HashSet<string>> confirmed, ISet<string> demonymKeys)
    {
        var taken = new HashSet<string>(CountryKeys, StringComparer.Ordinal);
        taken.UnionWith(demonymKeys);
        var kept = _cities
            .Where(IsKept)
            .OrderByDescending(c => c.FeatureCode == "PPLC")
            .ThenByDescending(c => c.Population)
            .ThenBy(c => c.GeonameId, StringComparer.Ordinal).ToList();
        // a city's own name is never another's alias: GeoNames gives Dili (a capital, so read first) the alternate name "Delhi"
        var ownNames = kept.Select(c => NameKey.For(c.Name)).ToHashSet(StringComparer.Ordinal);
        foreach (var c in kept)
        {
            // the most populous city keeps a shared name; a country keeps its own name ("Djibouti", "Singapore")
            if (!taken.Add(NameKey.For(c.Name))) continue;
            var aliases = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal) { NameKey.For(c.Name) };
            if (seen.Add(NameKey.For(c.AsciiName)) && !taken.Contains(NameKey.For(c.AsciiName)))
                aliases.Add(c.AsciiName);
            // of GeoNames' many-language alternate names, keep those English news also writes: PETRARCH has
            // them, under the city's country or under none ("White House", Casablanca's name in English, is
            // PETRARCH's name for the American presidency, not for the Moroccan city)
            foreach (var alt in c.AlternateNames)
            {
                var key = NameKey.For(alt);
                if (alt.All(ch => ch < 128) && Words.IsCleanName(alt) && confirmed.TryGetValue(key, out var countries)
                    && (countries.Count == 0 || countries.Contains(c.CountryCode))
                    && !taken.Contains(key) && !ownNames.Contains(key) && seen.Add(key))
                    aliases.Add(alt);
            }
            foreach (var a in aliases) taken.Add(NameKey.For(a));
            yield return new ActorRow($"geo:{c.GeonameId}", "GPE", c.FeatureCode == "PPLC" ? "capital" : "city", c.CountryCode, c.Name, aliases);
        }
    }
}
