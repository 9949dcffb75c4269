using System.IO.Compression;

namespace Vigil.DataBuilder.Sources;

/// <summary>GeoNames dumps (CC BY 4.0): countries, cities of 15,000 people or more, first-level divisions.</summary>
internal static class GeoNames
{
    internal sealed record Country(string Iso2, string Iso3, string Name, string Capital, long Population);

    internal sealed record City(
        string GeonameId, string Name, string AsciiName, IReadOnlyList<string> AlternateNames,
        string FeatureCode, string CountryCode, long Population);

    public static List<Country> ReadCountries(string dir)
    {
        var countries = new List<Country>();
        foreach (var line in File.ReadLines(Path.Combine(dir, "countryInfo.tsv")))
        {
            if (line.StartsWith('#') || line.Length == 0) continue;
            var f = line.Split('\t');
            countries.Add(new Country(f[0], f[1], f[4], f[5], long.TryParse(f[7], out var p) ? p : 0));
        }
        return countries;
    }

    public static List<City> ReadCities(string dir)
    {
        using var zip = ZipFile.OpenRead(Path.Combine(dir, "cities15000.zip"));
        var entry = zip.Entries.Single(e => e.Name == "cities15000.txt");
        using var reader = new StreamReader(entry.Open());
        var cities = new List<City>();
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            if (f.Length < 15) continue;
            var alternates = f[3].Length == 0 ? [] : f[3].Split(',');
            cities.Add(new City(f[0], f[1], f[2], alternates, f[7], f[8], long.TryParse(f[14], out var p) ? p : 0));
        }
        return cities;
    }

    /// <summary>Names of first-level divisions (states, provinces), which a country's synonym list must not swallow.</summary>
    public static IEnumerable<string> ReadAdmin1Names(string dir)
    {
        foreach (var line in File.ReadLines(Path.Combine(dir, "admin1CodesASCII.txt")))
        {
            var f = line.Split('\t');
            if (f.Length < 3) continue;
            yield return f[1];
            yield return f[2];
        }
    }
}
