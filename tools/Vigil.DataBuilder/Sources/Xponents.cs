namespace Vigil.DataBuilder.Sources;

/// <summary>OpenSextant Xponents (Apache-2.0): nationality words and the titles that precede a person's name.</summary>
internal static class Xponents
{
    /// <summary>(nationality word, ISO 3166 alpha-3 code or empty) pairs, lower case as the list writes them.</summary>
    public static IEnumerable<(string Form, string Iso3)> ReadNationalities(string dir)
    {
        foreach (var line in File.ReadLines(Path.Combine(dir, "nationalities.csv")))
        {
            if (line.StartsWith('#') || line.Trim().Length == 0) continue;
            var f = line.Split(',');
            yield return (f[0].Trim(), f.Length > 1 ? f[1].Trim() : "");
        }
    }

    public static IEnumerable<string> ReadTitles(string dir) =>
        File.ReadLines(Path.Combine(dir, "person-title-filter.txt")).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));
}
