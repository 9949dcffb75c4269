using System.Text;

namespace Vigil.DataBuilder;

/// <summary>
/// Turns the upper-case forms of the event-data dictionaries and the sanctions list
/// ("AL_QA'IDA_IN_THE_ARABIAN_PENINSULA") into the readable forms a newsroom writes.
/// </summary>
internal static class Casing
{
    private static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "de", "des", "du", "la", "le", "y", "wal", "fi", "e", "i", "ul",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase) { "al", "el" };

    /// <summary>Title-cases an upper-case name, keeping acronyms and dotted abbreviations in capitals.</summary>
    public static string Recase(string upper, ISet<string>? acronyms = null)
    {
        var words = upper.Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var sb = new StringBuilder();
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0) sb.Append(' ');
            var parts = words[i].Split('-');
            for (var j = 0; j < parts.Length; j++)
            {
                if (j > 0) sb.Append('-');
                sb.Append(RecaseWord(parts[j], first: i == 0 && j == 0, acronyms));
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// An organisation's upper-case name made readable: as <see cref="Recase"/>, except that a name of
    /// one short word that no English word spells so ("UNHCR", "UNDP", "JSTOR") stays in capitals.
    /// </summary>
    public static string RecaseOrganisation(string upper, ISet<string>? acronyms = null)
    {
        var word = upper.TrimEnd('_');
        return !word.Any(c => c is '_' or ' ' or '-') && !word.Any(char.IsLower) && ReadsAsInitials(word) ? word : Recase(upper, acronyms);
    }

    private static string RecaseWord(string w, bool first, ISet<string>? acronyms)
    {
        if (w.Length == 0 || w.Any(char.IsLower))
            return w;
        if (w.Contains('.') || (acronyms?.Contains(w) ?? false) || IsAcronymShaped(w))
            return w;
        // newsroom style writes the Arabic article in lower case: "al-Qaeda", "Ansar al-Islam"
        if (Particles.Contains(w))
            return w.ToLowerInvariant();
        if (!first && SmallWords.Contains(w))
            return w.ToLowerInvariant();
        var lower = w.ToLowerInvariant();
        var sb = new StringBuilder(lower);
        sb[0] = char.ToUpperInvariant(sb[0]);
        // "O'BRIEN" -> "O'Brien", but "PEOPLE'S" -> "People's"
        if (sb.Length > 3 && sb[1] == '\'')
            sb[2] = char.ToUpperInvariant(sb[2]);
        return sb.ToString();
    }

    /// <summary>Upper-case tokens that read as acronyms: no vowel ("IRGC", "PKK"), or digits in them ("G7").</summary>
    public static bool IsAcronymShaped(string w)
    {
        var letters = w.Where(char.IsLetter).ToArray();
        if (letters.Length == 0)
            return true;
        if (w.Any(char.IsDigit))
            return true;
        if (letters.Length <= 3 && !SmallWords.Contains(w) && !Particles.Contains(w))
            return !IsCommonShortWord(w);
        return !letters.Any(c => "AEIOUY".Contains(char.ToUpperInvariant(c)));
    }

    /// <summary>
    /// A word of at most six letters with three consonants in a row that open or close no English
    /// syllable ("NHCR" of "UNHCR", "NDP" of "UNDP"; not "STR" of "STREAM" or "NTH" of "MONTH").
    /// </summary>
    private static bool ReadsAsInitials(string w)
    {
        if (w.Length > 6 || !w.All(char.IsAsciiLetter)) return false;
        var run = 0;
        for (var i = 0; i < w.Length; i++)
        {
            run = "AEIOUYaeiouy".Contains(w[i]) ? 0 : run + 1;
            if (run >= 4 || run >= 3 && !EnglishClusters.Contains(w.Substring(i - 2, 3).ToLowerInvariant())) return true;
        }
        return false;
    }

    private static readonly HashSet<string> EnglishClusters = new(StringComparer.Ordinal)
    {
        "str", "nch", "ght", "sch", "thr", "chr", "spr", "scr", "spl", "nth", "rst", "nst", "ngs", "nts", "rch", "tch", "lth", "rth",
        "mpt", "nds", "rds", "shr", "phr", "ntr", "ndr", "mpl", "mbr", "ltr", "stl", "rts", "rks", "nks", "cks", "lds", "lts", "rms",
        "rns", "sts", "ngl", "ncl", "rsh", "lch", "mps", "rtl",
    };

    public static bool IsCommonShortWordOrParticle(string w) =>
        IsCommonShortWord(w) || SmallWords.Contains(w) || Particles.Contains(w);

    private static bool IsCommonShortWord(string w) =>
        w.ToUpperInvariant() is "NEW" or "OLD" or "RED" or "SEA" or "WAR" or "AIR" or "LAW" or "BAY" or "ARMY" or "NET" or "ONE" or "TWO" or "SIX" or "TEN"
            or "ALL" or "ITS" or "OUR" or "BIN" or "ABU" or "IBN" or "BEN" or "SAN" or "SAO" or "LOS" or "LAS" or "DEL" or "VAN" or "VON" or "DER" or "DEN"
            or "MAN" or "MEN" or "ANTI" or "PRO" or "BUT" or "NOT" or "BIG" or "FAR" or "SUN" or "DAY" or "OIL" or "GAS" or "CUP" or "ART" or "ASH";
}
