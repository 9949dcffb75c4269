using Vigil.Extraction.Entities;

namespace Vigil.Extraction.Actors;

/// <summary>
/// A person's name as the parts that identify them: given names and the family name. Particles
/// ("al", "bin", "van"), honorifics ("Mullah", "Dr.") and suffixes ("Jr.") are left out, because
/// lists and articles add or drop them freely ("Ayman al-Zawahiri", "Ayman Zawahiri"; "Mullah
/// Abdul Ghani Baradar").
/// </summary>
internal sealed record PersonName(ImmutableArray<NamePart> Given, NamePart Surname)
{
    private static readonly FrozenSet<string> Dropped = new[]
    {
        "al", "el", "bin", "ibn", "bint", "de", "del", "da", "di", "du", "van", "von", "der", "den", "le", "la", "dos", "das",
        "mr", "mrs", "ms", "dr", "sir", "dame", "sheikh", "shaykh", "sheik", "mulah", "mula", "maulavi", "mawlawi", "maulvi",
        "haji", "haji", "qari", "mufti", "imam", "gen", "general", "col", "colonel", "jr", "sr", "i", "ii", "iii", "iv",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"Abdul Ghani Baradar", "BARADAR, Abdul Ghani" and "Mullah Abdul Ghani Baradar" give one name; null for no name.</summary>
    public static PersonName? Parse(string name)
    {
        var comma = name.IndexOf(',');
        var ordered = comma < 0 ? name : name[(comma + 1)..] + " " + name[..comma];
        var parts = new List<NamePart>(4);
        foreach (var word in ordered.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            // ForNamePart reads "Mullah" as "mulah": doubled letters count once
            var key = NameKey.ForNamePart(word);
            if (key.Length == 0 || Dropped.Contains(key)) continue;
            parts.Add(NamePart.Of(key));
        }
        if (parts.Count == 0) return null;
        return new PersonName([.. parts.Take(parts.Count - 1)], parts[^1]);
    }

    private static readonly char[] Separators = [' ', '-', '‐', '‑', '\t', '.'];

    public bool HasGivenName => Given.Length > 0;

    /// <summary>The name read family name first ("Kim Jong Un" as given names "Jong Un", family name "Kim").</summary>
    public PersonName? Swapped => Given.Length == 0 ? null : new PersonName([.. Given[1..], Surname], Given[0]);
}
