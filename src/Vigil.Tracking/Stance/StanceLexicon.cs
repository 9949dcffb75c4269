using Vigil.Tracking.Text;

namespace Vigil.Tracking.Stance;

/// <summary>
/// The words that decide whether a report keeps or breaks a commitment. Each list is a closed class
/// of English, not a list of cases: verbs that stop an act from happening, negators, verbs that
/// break or keep a promise when a word for a promise follows them, words that put an act in the
/// future, and pairs of opposite acts (after WordNet's antonyms of the commonest verbs of news).
/// Entries are words, stemmed as <see cref="Words.Stem"/> stems, or prefixes ending in '*'.
/// </summary>
public static class StanceLexicon
{
    /// <summary>"stopped Afghans from boarding": the act that follows does not happen.</summary>
    public static readonly StemPhrases Preventers = new(
        "stop", "prevent*", "block", "bar", "ban", "forbid*", "forbade", "prohibit*", "deny", "refus*", "reject*", "halt", "obstruct*",
        "hinder*", "restrict*", "thwart*", "turn back", "turn away", "keep from", "kept from", "suspend*", "cancel*", "revok*", "withh*",
        "curb", "outlaw*", "veto*", "imped*", "shut out", "rule out");

    /// <summary>Negation of the verb or of its object; words ending in n't are negators too.</summary>
    public static readonly StemPhrases Negators = new(
        "not", "never", "no", "none", "nobodi", "nothing", "neither", "nor", "fail to", "unabl*", "unwilling*");

    /// <summary>The words for a promise, which a breaking or keeping verb must be followed by.</summary>
    public static readonly StemPhrases PromiseNouns = new(
        "promis*", "pledg*", "word", "commitment*", "deal", "agreement*", "vow", "ceasefir*", "truce", "guarante*", "assuranc*", "undertaking*");

    /// <summary>Verbs that break a promise when one of <see cref="PromiseNouns"/> follows within three words ("broke its promise").</summary>
    public static readonly StemPhrases BreakingVerbs = new(
        "broke", "broken", "break", "breach*", "violat*", "renege*", "backtrack*", "go back on", "went back on", "despit*", "contrary to",
        "betray*", "flout*", "abandon*", "ignor*", "defi");

    /// <summary>Verbs that keep a promise when one of <see cref="PromiseNouns"/> follows within three words ("honoured its pledge").</summary>
    public static readonly StemPhrases KeepingVerbs = new(
        "fulfil*", "honour*", "honor*", "keep", "kept", "deliver* on", "made good on", "make good on", "follow* through",
        "compli", "in line with", "respect*", "stick to", "stuck to", "abid* by");

    /// <summary>Phrases that say by themselves that the act was done as committed.</summary>
    public static readonly StemPhrases Kept = new("as promis*", "as pledg*", "as agre*", "as vow*");

    /// <summary>An act spoken of as still to come, or promised again: it is talked about, not done.</summary>
    public static readonly StemPhrases Future = new(
        "will", "would", "shall", "going to", "plan to", "intend*", "expect*", "promis*", "pledg*", "vow", "commit to", "committed to",
        "guarante*", "assur*", "offer to", "propos*", "may", "might", "want to", "hope*", "aim to", "seek to", "sought to");

    /// <summary>Pairs of opposite acts: a report of one is a flip of a commitment to the other.</summary>
    public static readonly ImmutableArray<(string A, string B)> Antonyms = [.. new (string, string)[]
    {
        ("allow", "forbid"), ("allow", "ban"), ("allow", "bar"), ("allow", "stop"), ("allow", "prevent"), ("allow", "block"), ("allow", "deni"),
        ("let", "stop"), ("let", "prevent"), ("let", "block"), ("permit", "forbid"), ("permit", "ban"), ("permit", "deni"),
        ("leav", "stai"), ("leav", "remain"), ("leav", "trap"), ("leav", "strand"), ("open", "clos"), ("open", "shut"), ("reopen", "clos"),
        ("releas", "detain"), ("releas", "arrest"), ("releas", "imprison"), ("releas", "jail"), ("free", "detain"), ("free", "arrest"),
        ("lift", "impos"), ("eas", "tighten"), ("rais", "cut"), ("rais", "lower"), ("increas", "cut"), ("increas", "reduc"), ("increas", "decreas"),
        ("expand", "cut"), ("expand", "shrink"), ("withdraw", "deploi"), ("withdraw", "remain"), ("withdraw", "stai"),
        ("respect", "violat"), ("respect", "abus"), ("respect", "restrict"), ("protect", "attack"), ("protect", "abus"), ("protect", "harm"),
        ("guarante", "restrict"), ("guarante", "curtail"), ("guarante", "deni"), ("includ", "exclud"), ("support", "oppos"), ("accept", "reject"),
        ("build", "demolish"), ("build", "destroi"), ("hire", "fire"), ("start", "end"), ("begin", "end"), ("approv", "veto"), ("approv", "reject"),
        ("return", "withh"), ("admit", "expel"), ("admit", "deport"), ("join", "quit"), ("resum", "suspend"),
        ("continu", "suspend"), ("continu", "halt"), ("continu", "stop"), ("end", "extend"), ("cooperat", "refus"), ("fight", "support"),
    }];

    static StanceLexicon()
    {
        // AntonymSides gives each pair one bit of a 128-bit mask
        if (Antonyms.Length > 128)
            throw new InvalidOperationException("StanceLexicon.Antonyms holds more than 128 pairs");
    }

    /// <summary>
    /// The pairs of <see cref="Antonyms"/> whose first (<c>A</c>) and second (<c>B</c>) act
    /// <paramref name="stem"/> names, one bit a pair: stems <c>a</c> and <c>b</c> are opposite
    /// (<see cref="AreOpposite"/>) exactly when a's A bits meet b's B bits or a's B bits meet b's A bits.
    /// </summary>
    public static (UInt128 A, UInt128 B) AntonymSides(string stem)
    {
        UInt128 a = 0, b = 0;
        for (var i = 0; i < Antonyms.Length; i++)
        {
            if (Same(stem, Antonyms[i].A)) a |= UInt128.One << i;
            if (Same(stem, Antonyms[i].B)) b |= UInt128.One << i;
        }
        return (a, b);
    }

    /// <summary>Whether stems <paramref name="a"/> and <paramref name="b"/> name opposite acts.</summary>
    public static bool AreOpposite(string a, string b)
    {
        foreach (var (x, y) in Antonyms)
            if ((Same(a, x) && Same(b, y)) || (Same(a, y) && Same(b, x)))
                return true;
        return false;
    }

    // a pair's stems are the word's beginning: "withh" is "withhold" and "withheld"
    private static bool Same(string stem, string entry) => stem == entry || (entry.Length >= 4 && stem.StartsWith(entry, StringComparison.Ordinal) && stem.Length <= entry.Length + 3);
}

/// <summary>A set of entries, each one word or a phrase of words, matched against a text's stems.</summary>
public sealed class StemPhrases
{
    private readonly ImmutableArray<(string Stem, bool Prefix)[]> _phrases;

    public StemPhrases(params string[] entries) =>
        _phrases = [.. entries.Select(e => e.Split(' ').Select(w => w.EndsWith('*') ? (w[..^1], true) : (Words.Stem(w), false)).ToArray())];

    /// <summary>Where entries begin in <paramref name="stems"/>, and how many words each covers.</summary>
    public IEnumerable<(int At, int Length)> FindIn(IReadOnlyList<string> stems)
    {
        for (var i = 0; i < stems.Count; i++)
            foreach (var phrase in _phrases)
                if (Matches(stems, i, phrase))
                {
                    yield return (i, phrase.Length);
                    break;
                }
    }

    public bool Contains(string stem)
    {
        foreach (var phrase in _phrases)
            if (phrase.Length == 1 && Matches([stem], 0, phrase))
                return true;
        return false;
    }

    private static bool Matches(IReadOnlyList<string> stems, int at, (string Stem, bool Prefix)[] phrase)
    {
        if (at + phrase.Length > stems.Count) return false;
        for (var j = 0; j < phrase.Length; j++)
        {
            var (entry, prefix) = phrase[j];
            var stem = stems[at + j];
            if (!(prefix ? stem.StartsWith(entry, StringComparison.Ordinal) : stem == entry))
                return false;
        }
        return true;
    }
}
