using Vigil.Documents;
using Vigil.Extraction.Entities;

namespace Vigil.DataBuilder;

/// <summary>Word tests the derivation shares, all on <see cref="NameKey"/> keys.</summary>
internal static class Words
{
    /// <summary>Nouns that make a dictionary entry an organisation: the recogniser's organisation heads and a few that only lists use.</summary>
    private static readonly HashSet<string> ExtraOrgWords = Set(
        "nations tribunal panel secretariat cooperation community partnership initiative red crescent cross watch " +
        "international organisation organization assembly opec interpol");

    /// <summary>Common nouns that name armed groups in the sanctions and event-data lists ("Army", "Front", "Brigades").</summary>
    private static readonly HashSet<string> GroupNouns = Set(
        "army front brigade brigades group groups movement organization organisation party force forces militia jihad " +
        "state committee cells cell faction network alliance liberation resistance council union league tigers battalion battalions " +
        "brotherhood guard guards legion commandos squad squads revolutionary islamic martyrs");

    /// <summary>Proper names and loan words that only armed groups carry ("Qaeda", "Lashkar", "Hizb").</summary>
    private static readonly HashSet<string> GroupNames = Set(
        "mujahideen mujahidin mujahedin mujahedeen mujahid taliban taleban qaeda qaida ansar hizb hezbollah hizballah hamas " +
        "jamaat jemaah jemaa jaish jaysh lashkar tehrik tehreek shabaab harakat isis isil daesh");

    /// <summary>Words that make an entry a role or a person rather than an organisation ("WHITE_HOUSE_SPOKESMAN").</summary>
    private static readonly HashSet<string> RoleWords = Set(
        "president presidents secretary minister ministers spokesman spokeswoman spokesperson official officials officer envoy envoys " +
        "representative representatives monitor monitors chief head leader leaders member members delegation staff employee employees " +
        "worker workers peacekeeper peacekeepers troops soldiers contingent resident justices operatives linked affiliated offshoot " +
        "ambassador commissioner director chairman rapporteur general-secretary governor deputy adviser advisor candidate supporters " +
        "bodies body negotiator negotiators inspector inspectors expert experts spokespeople sources source");

    private static readonly HashSet<string> GeoWords = Set(
        "river falls mountain mountains mount lake sea island islands valley canyon state states province region district city county " +
        "desert peninsula gulf bay coast strait dominion territory territories");

    public static bool IsOrgWord(string key) =>
        (EntityLexicon.IsHead(key, out var t) && t == EntityType.Org) || ExtraOrgWords.Contains(key);

    public static bool IsGroupWord(string key) => GroupNouns.Contains(key) || GroupNames.Contains(key);

    public static bool IsRoleWord(string key) => RoleWords.Contains(key);

    public static bool IsGeoWord(string key) => GeoWords.Contains(key);

    /// <summary>
    /// One or two words that are only head nouns, descriptors and function words ("Organization",
    /// "Security Council", "Islamic Group") name nothing on their own: every country has one.
    /// Three such words are a proper name often enough to keep ("Central Intelligence Agency").
    /// </summary>
    public static bool IsGeneric(string name)
    {
        var words = KeyWords(name).Where(w => !EntityLexicon.Connectors.Contains(w)).ToArray();
        if (words.Length > 2)
            return false;
        foreach (var w in words)
        {
            if (EntityLexicon.IsHead(w, out _) || EntityLexicon.Descriptors.Contains(w) || EntityLexicon.Connectors.Contains(w)
                || EntityLexicon.StopWords.Contains(w) || ExtraOrgWords.Contains(w) || GroupNouns.Contains(w))
                continue;
            return false;
        }
        return true;
    }

    public static string[] KeyWords(string name) => NameKey.For(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Letters, digits, spaces and the punctuation names carry; anything else (commas, brackets, slashes) marks a note, not a name.</summary>
    public static bool IsCleanName(string name) =>
        name.Length > 1 && name.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '.' or '\'' or '’')
        && name.Any(char.IsLetter);

    public static string Slug(string name) => NameKey.For(name, spellingsAsOne: false).Replace(' ', '-');

    /// <summary>Similarity of two keys as 1 - edit distance / longer length, for catching a list's misspellings of a name.</summary>
    public static double Similarity(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        var d = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) d[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var prev = d[0];
            d[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var tmp = d[j];
                d[j] = Math.Min(Math.Min(d[j] + 1, d[j - 1] + 1), prev + (a[i - 1] == b[j - 1] ? 0 : 1));
                prev = tmp;
            }
        }
        return 1.0 - (double)d[b.Length] / Math.Max(a.Length, b.Length);
    }

    private static HashSet<string> Set(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => NameKey.For(w)).ToHashSet(StringComparer.Ordinal);
}
