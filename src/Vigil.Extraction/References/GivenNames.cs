using Vigil.Documents;
using System.Reflection;

namespace Vigil.Extraction.References;

/// <summary>
/// The gender a given name usually carries ("Cheryl" f, "Omar" m), from the embedded
/// <c>given-names.tsv</c> (derived by tools/Vigil.DataBuilder; attribution in NOTICE). Loaded once,
/// read-only, safe to share between threads.
/// </summary>
public static class GivenNames
{
    // the span lookup is made once: asking the dictionary for it on every call took about 2% of a native run's processor time (perf)
    private static readonly Lazy<FrozenDictionary<string, char>.AlternateLookup<ReadOnlySpan<char>>> Genders =
        new(() => Load().GetAlternateLookup<ReadOnlySpan<char>>(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The usual gender of a person's given name, the first word of a name of two words or more.</summary>
    public static char? GenderOf(string fullName)
    {
        var space = fullName.IndexOf(' ');
        if (space <= 1) return null;   // a single name, or an initial: nothing to go on
        var given = fullName.AsSpan(0, space).TrimEnd('.');
        return Genders.Value.TryGetValue(given, out var gender) ? gender : null;
    }

    /// <summary>
    /// The usual gender of a person the article names by a given name alone ("Melanie said", in a
    /// feature that never gives her surname); a single word that is no given name tells nothing,
    /// nor does one ending in "s", as often a surname ("Reynolds said" of Deborah Reynolds).
    /// </summary>
    private static char? GenderOfLoneName(string name) =>
        name.Contains(' ') || name.EndsWith('s') ? null : GenderOfGivenName(name);

    /// <summary>The gender the given name of a person's fullest names tells ("Carly Fiorina" f), or null.</summary>
    public static char? GenderOfFullNames(Entity person) =>
        person.Aliases.Prepend(person.Name).Select(GenderOf).FirstOrDefault(g => g is not null);

    /// <summary>The gender of a person the article names by one word only, when that word is a given name ("Melanie"), or null.</summary>
    public static char? GenderOfLoneNamed(Entity person) =>
        person.Aliases.Prepend(person.Name).All(a => !a.Contains(' ')) ? GenderOfLoneName(person.Name) : null;

    /// <summary>The usual gender of one given name ("Maria" f, "Mario" m), or null when the list does not know it.</summary>
    public static char? GenderOfGivenName(ReadOnlySpan<char> word) =>
        Genders.Value.TryGetValue(word, out var gender) ? gender : null;

    /// <summary>Whether a word is a given name the list knows ("Bob", "Hillary").</summary>
    public static bool IsGivenName(ReadOnlySpan<char> word) =>
        Genders.Value.ContainsKey(word);

    private static FrozenDictionary<string, char> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Vigil.Extraction.Resources.given-names.tsv")
                           ?? throw new InvalidOperationException("The embedded given-names.tsv is missing from Vigil.Extraction.");
        using var reader = new StreamReader(stream);
        var genders = new Dictionary<string, char>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.Length < 3) continue;
            var tab = line.IndexOf('\t');
            if (tab > 0 && tab + 1 < line.Length) genders[line[..tab]] = line[tab + 1];
        }
        return genders.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
