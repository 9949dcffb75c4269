namespace Vigil.Extraction.Quotes;

/// <summary>What a cue verb can take as the content it attributes.</summary>
[Flags]
public enum CueFrame
{
    None = 0,
    /// <summary>A clause: "said (that) the talks failed", and a quotation: "said: “...”".</summary>
    Clause = 1,
    /// <summary>An infinitive: "vowed to retaliate", "urged Congress to act".</summary>
    Infinitive = 2,
    /// <summary>A person addressed before the content: "told reporters that", "warned Congress that".</summary>
    Addressee = 4,
    /// <summary>Can follow its quotation with the speaker after it: "“...,” said Smith".</summary>
    Inverts = 8,
    /// <summary>Names or judges with a quotation: "called Trump a “pathological liar”", "described it as “unhinged”".</summary>
    Naming = 16,
    /// <summary>Takes a clause without "that": "believes bigotry is acceptable", "say other changes are needed".</summary>
    BareClause = 32,
}

/// <summary>
/// The verbs that attribute speech, writing or thought, in every inflection, with the frames they
/// take. Far beyond "said": news reports speech with hundreds of verbs, and an analyst wants
/// "warned", "insisted" and "hinted" as much as "said".
/// </summary>
public static class CueLexicon
{
    private const CueFrame Speech = CueFrame.Clause | CueFrame.Inverts | CueFrame.BareClause;
    private const CueFrame SpeechTo = Speech | CueFrame.Addressee;
    private const CueFrame Thought = CueFrame.Clause;
    private const CueFrame Belief = CueFrame.Clause | CueFrame.BareClause;
    private const CueFrame Intent = CueFrame.Infinitive;
    private const CueFrame Naming = CueFrame.Naming;

    // lemma, frames, and the irregular forms (past, participle) where the regular rules would be wrong.
    private static readonly (string Lemma, CueFrame Frame, string[] Irregular)[] Verbs =
    [
        ("say", Speech, ["said", "says", "saying"]),
        ("tell", SpeechTo, ["told", "tells", "telling"]),
        ("write", Speech, ["wrote", "written", "writes", "writing"]),
        ("add", Speech, []),
        ("tweet", Speech, []),
        ("post", Speech, []),
        ("insist", Speech, []),
        ("admit", Speech, ["admitted", "admitting"]),
        ("warn", SpeechTo | Intent, []),
        ("argue", Speech, []),
        ("hint", Speech, []),
        ("claim", Speech, []),
        ("state", Speech, []),
        ("declare", Speech, []),
        ("announce", Speech, []),
        ("explain", Speech, []),
        ("note", Speech, []),
        ("observe", Speech, []),
        ("remark", Speech, []),
        ("comment", Speech, []),
        ("reply", Speech, ["replied", "replies"]),
        ("respond", Speech, []),
        ("answer", Speech, []),
        ("retort", Speech, []),
        ("recall", Speech, []),
        ("remember", Speech, []),
        ("react", Speech, []),
        ("acknowledge", Speech, []),
        ("concede", Speech, []),
        ("confirm", Speech, []),
        ("deny", Speech, ["denied", "denies"]),
        ("assert", Speech, []),
        ("contend", Speech, []),
        ("maintain", Speech, []),
        ("stress", Speech, []),
        ("emphasize", Speech, []),
        ("emphasise", Speech, []),
        ("report", Speech, []),
        ("reveal", Speech, []),
        ("disclose", Speech, []),
        ("suggest", Speech, []),
        ("predict", Speech, []),
        ("promise", SpeechTo | Intent, []),
        ("vow", Speech | Intent, []),
        ("pledge", Speech | Intent, []),
        ("threaten", Speech | Intent, []),
        ("caution", SpeechTo, []),
        ("complain", Speech, []),
        ("conclude", Speech, []),
        ("continue", Speech, []),
        ("counter", Speech, []),
        ("allege", Speech, []),
        ("boast", Speech, []),
        ("brag", Speech, ["bragged", "bragging"]),
        ("exclaim", Speech, []),
        ("joke", Speech, []),
        ("lament", Speech, []),
        ("mention", Speech, []),
        ("muse", Speech, []),
        ("proclaim", Speech, []),
        ("protest", Speech, []),
        ("quip", Speech, ["quipped", "quipping"]),
        ("reiterate", Speech, []),
        ("repeat", Speech, []),
        ("recount", Speech, []),
        ("shout", Speech, []),
        ("scream", Speech, []),
        ("yell", Speech, []),
        ("whisper", Speech, []),
        ("sigh", Speech, []),
        ("speculate", Speech, []),
        ("swear", Speech, ["swore", "sworn"]),
        ("testify", Speech, ["testified", "testifies"]),
        ("underscore", Speech, []),
        ("urge", SpeechTo | Intent, []),
        ("ask", SpeechTo | Intent, []),
        ("wonder", Speech, []),
        ("estimate", Speech, []),
        ("forecast", Speech, ["forecast", "forecasts"]),
        ("guarantee", SpeechTo, []),
        ("assure", SpeechTo, []),
        ("inform", SpeechTo, []),
        ("remind", SpeechTo, []),
        ("advise", SpeechTo, []),
        ("brief", SpeechTo, []),
        ("agree", Speech | Intent, ["agreed", "agrees", "agreeing"]),
        ("object", Speech, []),
        ("interject", Speech, []),
        ("chime", Speech, []),
        ("scoff", Speech, []),
        ("snap", Speech, ["snapped", "snapping"]),
        ("demand", Speech | Intent, []),
        ("propose", Speech | Intent, []),
        ("recommend", Speech, []),
        ("clarify", Speech, ["clarified", "clarifies"]),
        ("specify", Speech, ["specified", "specifies"]),
        ("predict", Speech, []),
        ("signal", Speech, ["signaled", "signalled", "signaling", "signalling"]),
        ("indicate", Speech, []),
        ("imply", Speech, ["implied", "implies"]),
        ("acknowledge", Speech, []),
        ("charge", Speech, []),
        ("accuse", Speech | Naming, []),
        ("pronounce", Speech, []),
        ("opine", Speech, []),
        ("relate", Speech, []),
        ("reason", Speech, []),
        ("posit", Speech, []),
        ("stipulate", Speech, []),
        ("affirm", Speech, []),
        ("conclude", Speech, []),
        ("grumble", Speech, []),
        ("concur", Speech, ["concurred", "concurring"]),
        ("believe", Belief, []),
        ("think", Belief, ["thought", "thinks", "thinking"]),
        ("feel", Belief, ["felt", "feels", "feeling"]),
        ("hope", Belief | Intent, []),
        ("fear", Belief, []),
        ("expect", Belief | Intent, []),
        ("know", Belief, ["knew", "known", "knows", "knowing"]),
        ("worry", Thought, ["worried", "worries"]),
        ("suspect", Belief, []),
        ("doubt", Belief, []),
        ("assume", Belief, []),
        ("reckon", Belief, []),
        ("understand", Thought, ["understood"]),
        ("realize", Thought, []),
        ("realise", Thought, []),
        ("imagine", Thought, []),
        ("decide", Thought | Intent, []),
        ("learn", Thought, ["learnt"]),
        ("find", Belief, ["found", "finds", "finding"]),
        ("show", Belief, ["showed", "shown", "shows", "showing"]),
        ("consider", Thought, []),
        ("bet", Belief, ["bet", "bets", "betting"]),
        ("guess", Belief, []),
        ("sense", Thought, []),
        ("see", Thought, ["saw", "seen", "sees", "seeing"]),
        ("hear", Thought, ["heard", "hears", "hearing"]),
        ("read", Thought | CueFrame.Inverts, ["read", "reads", "reading"]),
        ("plan", Intent, ["planned", "planning", "plans"]),
        ("intend", Intent, []),
        ("aim", Intent, []),
        ("want", Intent, []),
        ("wish", Intent, []),
        ("seek", Intent, ["sought", "seeks", "seeking"]),
        ("refuse", Intent, []),
        ("decline", Intent, []),
        ("offer", Intent, []),
        ("vote", Intent, []),
        ("resolve", Intent, []),
        ("prefer", Intent, ["preferred", "preferring"]),
        ("call", Naming | Intent, ["called", "calling", "calls"]),
        ("describe", Naming, []),
        ("hail", Naming, []),
        ("liken", Naming, []),
        ("dub", Naming, ["dubbed", "dubbing"]),
        ("label", Naming, ["labeled", "labelled", "labeling", "labelling"]),
        ("brand", Naming, []),
        ("dismiss", Naming, []),
        ("characterize", Naming, []),
        ("characterise", Naming, []),
        ("deride", Naming, []),
        ("denounce", Naming, []),
        ("compare", Naming, []),
        ("blame", Naming, []),
        ("praise", Naming, []),
        ("criticize", Naming, []),
        ("criticise", Naming, []),
        ("slam", Naming, ["slammed", "slamming"]),
        ("blast", Naming, []),
        ("mock", Naming, []),
        ("scold", Naming | Speech, []),
        ("chant", Speech, []),
        ("sing", Speech, ["sang", "sung", "sings", "singing"]),
        ("cite", Naming, []),
        ("refer", Naming, ["referred", "referring"]),
    ];

    // verbs that report speech only with their particle: "pointed out that", "“…,” Trump shot back"
    // (alone, "points", "shot" and "hit" are nouns or deeds)
    private static readonly (string Lemma, string Particle, CueFrame Frame, string[] Irregular)[] PhrasalVerbs =
    [
        ("point", "out", Speech, []),
        ("shoot", "back", Speech, ["shot", "shoots", "shooting"]),
        ("fire", "back", Speech, []),
        ("hit", "back", Speech, ["hit", "hits", "hitting"]),
        ("push", "back", Speech, []),
    ];

    private static readonly FrozenDictionary<string, (string Lemma, CueFrame Frame)> Forms = BuildForms(Verbs);

    private static readonly FrozenDictionary<string, (string Lemma, CueFrame Frame)> PhrasalForms =
        BuildForms([.. PhrasalVerbs.Select(v => (v.Lemma, v.Frame, v.Irregular))]);

    private static readonly FrozenDictionary<string, string> Particles =
        PhrasalVerbs.ToFrozenDictionary(v => v.Lemma, v => v.Particle, StringComparer.Ordinal);

    /// <summary>The particles of the phrasal cues ("out", "back"), which stand between such a cue and what follows it.</summary>
    public static IEnumerable<string> ParticleWords => PhrasalVerbs.Select(v => v.Particle).Distinct();

    /// <summary>
    /// Looks up a verb that reports speech only with its particle ("pointed out", "shot back"), given
    /// the word after it; the lemma and frames when it is one.
    /// </summary>
    public static bool TryGetPhrasal(ReadOnlySpan<char> word, ReadOnlySpan<char> next, out string lemma, out CueFrame frame)
    {
        if (PhrasalForms.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var entry)
            && next.Equals(Particles[entry.Lemma], StringComparison.OrdinalIgnoreCase))
        {
            (lemma, frame) = entry;
            return true;
        }
        lemma = "";
        frame = CueFrame.None;
        return false;
    }

    /// <summary>Looks up a word, ignoring case; the lemma and frames when it is a cue verb.</summary>
    public static bool TryGet(ReadOnlySpan<char> word, out string lemma, out CueFrame frame)
    {
        if (Forms.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var entry))
        {
            (lemma, frame) = entry;
            return true;
        }
        lemma = "";
        frame = CueFrame.None;
        return false;
    }

    /// <summary>The past form of a regular verb, with the doubling of a final consonant left to the irregular list.</summary>
    private static IEnumerable<string> RegularForms(string lemma)
    {
        yield return lemma;
        if (lemma.EndsWith('e'))
        {
            yield return lemma + "s";
            yield return lemma + "d";
            yield return lemma[..^1] + "ing";
        }
        else if (lemma.EndsWith('y') && !"aeiou".Contains(lemma[^2]))
        {
            yield return lemma[..^1] + "ies";
            yield return lemma[..^1] + "ied";
            yield return lemma + "ing";
        }
        else
        {
            yield return lemma.EndsWith('s') || lemma.EndsWith("sh") || lemma.EndsWith("ch") || lemma.EndsWith('x') ? lemma + "es" : lemma + "s";
            yield return lemma + "ed";
            yield return lemma + "ing";
        }
    }

    private static FrozenDictionary<string, (string, CueFrame)> BuildForms((string Lemma, CueFrame Frame, string[] Irregular)[] verbs)
    {
        var forms = new Dictionary<string, (string, CueFrame)>(StringComparer.Ordinal);
        foreach (var (lemma, frame, irregular) in verbs)
        {
            var all = irregular.Length > 0 ? [lemma, .. irregular, .. RegularForms(lemma).Where(f => !LooksIrregular(f, irregular, lemma))] : RegularForms(lemma);
            foreach (var form in all)
                forms[form] = forms.TryGetValue(form, out var existing) ? (existing.Item1, existing.Item2 | frame) : (lemma, frame);
        }
        return forms.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Skips a regular form when the irregular list gives the real one ("sayed" for "said", "telled" for "told").</summary>
    private static bool LooksIrregular(string form, string[] irregular, string lemma) =>
        form != lemma && (form.EndsWith("ed") || form.EndsWith("ing") || form.EndsWith('s')) && irregular.Any(i => Suffix(i) == Suffix(form));

    private static string Suffix(string form) => form.EndsWith("ing") ? "ing" : form.EndsWith('s') ? "s" : form.EndsWith("ed") || form.EndsWith('d') ? "ed" : "";
}
