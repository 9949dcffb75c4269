using System.Text;
using Vigil.Extraction.Entities;

namespace Vigil.Extraction.Actors;

/// <summary>How alike two name parts are, from different names to one spelling of one name.</summary>
public enum PartAgreement
{
    Different,
    /// <summary>A variant that translation or transliteration produces ("Brinken"/"Blinken", "Jack"/"Jake", "Mohammed"/"Muhammad"): evidence, not proof.</summary>
    Close,
    /// <summary>An initial and a name it starts ("J."/"Jake").</summary>
    Initial,
    /// <summary>One spelling of one name ("Anthony"/"Antony", "MacKenzie"/"McKenzie").</summary>
    Same,
}

/// <summary>
/// One word of a person's name with the forms it is compared in, computed once: the
/// <see cref="NameKey.ForNamePart"/> key, its spelling with transliteration alternatives folded
/// ("th"/"t", "ph"/"f", "kh"/"k", "ou"/"u", "y"/"i"), a looser spelling that also drops a final
/// silent "e" ("Jake", "Browne"), and a phonetic key to find candidates by.
/// </summary>
public readonly record struct NamePart(string Key, string Normal, string Loose, string Phonetic)
{
    public static NamePart Of(string key)
    {
        // most keys fold to themselves: keep one string, not two (the registry holds tens of thousands)
        var folded = Fold(key);
        var normal = folded == key ? key : folded;
        var loose = normal.Length >= 4 && normal[^1] == 'e' && !IsVowel(normal[^2]) ? normal[..^1] : normal;
        return new NamePart(key, normal, loose, PhoneticKey(key));
    }

    public bool IsInitial => Key.Length == 1;

    /// <summary>
    /// A key under which the spellings of one name part collide: the first letter's class and up to
    /// five consonant classes after it, vowels, h, w and y ignored and l read as r (a Soundex that
    /// codes the first letter too, so "Kaddafi" and "Qaddafi" meet, and "Brinken" and "Blinken").
    /// </summary>
    public static string PhoneticKey(string part)
    {
        var sb = new StringBuilder(4);
        var last = '\0';
        foreach (var c in part)
        {
            var code = Class(c);
            if (sb.Length == 0)
            {
                sb.Append(code == '\0' ? 'v' : code);
                last = code;
                continue;
            }
            if (code == '\0')
            {
                // a vowel between two equal consonants keeps both ("Baradar" is b-r-d-r); h and w do not
                if (c is not ('h' or 'w')) last = '\0';
                continue;
            }
            if (code == last) continue;
            sb.Append(code);
            last = code;
            if (sb.Length == 6) break;
        }
        return sb.ToString();
    }

    internal static char Class(char c) => c switch
    {
        'b' or 'p' or 'f' or 'v' => '1',
        'c' or 'g' or 'j' or 'k' or 'q' or 's' or 'x' or 'z' => '2',
        'd' or 't' => '3',
        'l' or 'r' => '4',
        'm' or 'n' => '5',
        _ => '\0',
    };

    /// <summary>
    /// One pass over the key: th→t, ph→f, dh→d, kh→k, gh→g, ck→k, q→k, ow→ou, aw→au, ou→u, oo→u,
    /// ee→i, y→i, then doubled letters read once.
    /// </summary>
    private static string Fold(string key)
    {
        Span<char> folded = stackalloc char[key.Length * 2];
        var n = 0;
        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            var next = i + 1 < key.Length ? key[i + 1] : '\0';
            if (next == 'h' && c is 't' or 'p' or 'd' or 'k' or 'g')
            {
                folded[n++] = c == 'p' ? 'f' : c;
                i++;
            }
            else if (c == 'c' && next == 'k')
            {
                folded[n++] = 'k';
                i++;
            }
            else if (c == 'q') folded[n++] = 'k';
            else if (c is 'o' or 'a' && next == 'w')
            {
                // "ow" reads as "ou", which in turn reads as "u"; "aw" reads as "au"
                if (c == 'o') folded[n++] = 'u';
                else { folded[n++] = 'a'; folded[n++] = 'u'; }
                i++;
            }
            else if (c == 'o' && next is 'u' or 'o')
            {
                folded[n++] = 'u';
                i++;
            }
            else if (c == 'e' && next == 'e')
            {
                folded[n++] = 'i';
                i++;
            }
            else folded[n++] = c == 'y' ? 'i' : c;
        }
        Span<char> result = stackalloc char[n];
        var m = 0;
        for (var i = 0; i < n; i++)
            if (m == 0 || result[m - 1] != folded[i]) result[m++] = folded[i];
        return new string(result[..m]);
    }

    internal static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}

/// <summary>
/// Compares name parts the way machine translation damages them: dropped or doubled letters,
/// shifted vowels ("Chowdhury"/"Chaudhuri") and the l/r confusion of translation through Chinese
/// or Japanese ("Brinken" for Blinken). A short name has too few letters for a changed vowel to be
/// damage rather than another name ("Jon"/"Joan", "Dan"/"Dean").
/// </summary>
public static class NameParts
{
    public static PartAgreement Compare(in NamePart a, in NamePart b)
    {
        if (a.Key == b.Key) return PartAgreement.Same;
        if (a.IsInitial || b.IsInitial)
            return a.Key[0] == b.Key[0] ? PartAgreement.Initial : PartAgreement.Different;
        if (a.Normal == b.Normal) return PartAgreement.Same;
        if (a.Loose == b.Loose) return PartAgreement.Close;
        if (a.Phonetic != b.Phonetic || Math.Min(a.Normal.Length, b.Normal.Length) < 5 || Math.Abs(a.Normal.Length - b.Normal.Length) > 2)
            return PartAgreement.Different;
        // a short name allows one such change, not two: "Jones" and "James" are two names, each common
        var limit = Math.Min(a.Normal.Length, b.Normal.Length) <= 5 ? Soft : 1.0;
        return Distance(a.Normal, b.Normal, limit) <= limit ? PartAgreement.Close : PartAgreement.Different;
    }

    /// <summary>
    /// Whether two surnames within one article are one name however the copy spells it: one spelling,
    /// or a variant of a long one ("Giulini"/"Giuliani"); "Green" and "Greene" are two names.
    /// </summary>
    public static bool SameSurnameMisspelt(in NamePart a, in NamePart b) => Compare(a, b) switch
    {
        PartAgreement.Same => true,
        PartAgreement.Close => Math.Min(a.Key.Length, b.Key.Length) >= 6,
        _ => false,
    };

    /// <summary>
    /// Edit distance over the changes transliteration makes, each costing half: a vowel for a vowel,
    /// a vowel added or dropped, l for r, a consonant for one that sounds alike ("k"/"g", "f"/"v",
    /// "d"/"t"). Any other change costs two, so a part within 1 differs by at most two such changes.
    /// </summary>
    /// <param name="limit">Past this the exact distance does not matter: the result is then only some value above it.</param>
    internal static double Distance(string a, string b, double limit = double.MaxValue)
    {
        Span<double> previous = stackalloc double[b.Length + 1];
        Span<double> current = stackalloc double[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j == 0 ? 0 : previous[j - 1] + InsertCost(b[j - 1]);
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = previous[0] + InsertCost(a[i - 1]);
            for (var j = 1; j <= b.Length; j++)
            {
                var substitute = previous[j - 1] + SubstituteCost(a[i - 1], b[j - 1]);
                current[j] = Math.Min(substitute, Math.Min(previous[j] + InsertCost(a[i - 1]), current[j - 1] + InsertCost(b[j - 1])));
            }
            // a row never gets cheaper further down: once all of it is past the limit, so is the result
            var rowMin = double.MaxValue;
            foreach (var v in current) rowMin = Math.Min(rowMin, v);
            if (rowMin > limit) return rowMin;
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.Length];
    }

    private const double Soft = 0.5;
    private const double Hard = 2;

    private static double InsertCost(char c) => NamePart.IsVowel(c) ? Soft : Hard;

    private static double SubstituteCost(char a, char b)
    {
        if (a == b) return 0;
        var (va, vb) = (NamePart.IsVowel(a), NamePart.IsVowel(b));
        if (va && vb) return Soft;
        if (va || vb) return Hard;
        var sound = NamePart.Class(a);
        return sound != '\0' && sound == NamePart.Class(b) ? Soft : Hard;
    }
}
