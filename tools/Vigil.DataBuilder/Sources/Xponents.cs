namespace Vigil.DataBuilder.Sources;

/// <summary>OpenSextant Xponents (Apache-2.0): nationality words and the titles that precede a person's name.</summary>
internal static class Xponents
{
    /// <summary>
    /// (nationality word, ISO 3166 alpha-3 code, "~group" for a people of no one state, or empty) pairs, lower
    /// case as the list writes them, with the project's corrections (<c>Curated/nationalities.tsv</c>) applied.
    /// </summary>
    public static IEnumerable<(string Form, string Country)> ReadNationalities(string dir, string correctionsPath)
    {
        var corrections = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(correctionsPath))
        {
            if (line.StartsWith('#') || line.Trim().Length == 0) continue;
            var f = line.Split('\t');
            if (f.Length != 2) throw new FormatException($"{correctionsPath}: expected word and country: {line}");
            corrections[f[0].Trim()] = f[1].Trim();
        }
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(dir, "nationalities.csv")))
        {
            if (line.StartsWith('#') || line.Trim().Length == 0) continue;
            var f = line.Split(',');
            var form = f[0].Trim();
            if (!listed.Add(form)) continue;
            var country = corrections.GetValueOrDefault(form, f.Length > 1 ? f[1].Trim() : "");
            if (country != "-") yield return (form, country);
        }
        foreach (var (form, country) in corrections)
            if (!listed.Contains(form) && country != "-")
                yield return (form, country);
    }

    public static IEnumerable<string> ReadTitles(string dir) =>
        File.ReadLines(Path.Combine(dir, "person-title-filter.txt")).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));
}
