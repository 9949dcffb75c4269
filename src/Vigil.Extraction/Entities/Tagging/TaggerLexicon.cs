using System.Runtime.CompilerServices;

namespace Vigil.Extraction.Entities.Tagging;

/// <summary>
/// What the tagger asks the gazetteer on every token — does a name start with this word? — answered
/// on the token's characters, without building a key string for each token. Built once per
/// gazetteer from its entries (a few milliseconds) and shared.
/// </summary>
internal sealed class TaggerLexicon
{
    private static readonly ConditionalWeakTable<Gazetteer, TaggerLexicon> Cache = [];

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstWords;

    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> GivenNames = new(LoadGivenNames);

    private TaggerLexicon(Gazetteer gazetteer)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in gazetteer.Entries)
            foreach (var name in entry.Aliases.Prepend(entry.Name))
            {
                var key = NameKey.For(name);
                var space = key.IndexOf(' ');
                if (key.Length > 0) words.Add(space < 0 ? key : key[..space]);
            }
        _firstWords = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static TaggerLexicon For(Gazetteer gazetteer) => Cache.GetValue(gazetteer, g => new TaggerLexicon(g));

    /// <summary>Whether some gazetteer name starts with this token (compared as <see cref="NameKey.For"/> would).</summary>
    public bool StartsAName(ReadOnlySpan<char> token)
    {
        if (token.Length > 64) return false;
        Span<char> key = stackalloc char[token.Length];
        var n = 0;
        foreach (var c in token)
        {
            // anything but plain letters and digits (accents, periods, hyphens) takes the exact, slower way
            if (c > 0x7F || !char.IsAsciiLetterOrDigit(c))
                return _firstWords.Contains(FirstWordOf(NameKey.For(token)));
            key[n++] = char.ToLowerInvariant(c);
        }
        return _firstWords.Contains(key[..n]);
    }

    /// <summary>
    /// Whether a token is a given name of the English-speaking world ("Darnell"; "Prelogar" is not),
    /// case ignored: a person's name the corpora never showed still starts with one. The list is the
    /// Moby Word II first names, those given to both sexes included (<c>tagger-given-names.tsv</c>, attribution in NOTICE).
    /// </summary>
    public static bool IsGivenName(ReadOnlySpan<char> token)
    {
        if (token.Length is < 2 or > 24) return false;
        Span<char> key = stackalloc char[token.Length];
        for (var i = 0; i < token.Length; i++)
        {
            if (!char.IsLetter(token[i]) && token[i] != '-' && token[i] != '\'') return false;
            key[i] = char.ToLowerInvariant(token[i]);
        }
        return GivenNames.Value.Contains(key);
    }

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LoadGivenNames()
    {
        const string resource = "Vigil.Extraction.Resources.tagger-given-names.tsv";
        using var stream = typeof(TaggerLexicon).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{resource} is missing from the assembly");
        using var reader = new StreamReader(stream);
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            names.Add((tab < 0 ? line : line[..tab]).Trim().ToLowerInvariant());
        }
        return names.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static string FirstWordOf(string key)
    {
        var space = key.IndexOf(' ');
        return space < 0 ? key : key[..space];
    }
}
