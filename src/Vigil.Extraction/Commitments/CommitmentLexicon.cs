using Vigil.Documents;

namespace Vigil.Extraction.Commitments;

/// <summary>What may follow a commitment verb: "vowed to act", "vowed that…", "vowed consequences", "proposed dropping".</summary>
[Flags]
internal enum Complement
{
    None = 0,
    Infinitive = 1,
    Clause = 2,
    NounPhrase = 4,
    Gerund = 8,
}

/// <summary>A word that reports a commitment, the kind it reports and what it takes after it.</summary>
internal sealed record CommitmentTrigger(string Lemma, CommitmentKind Kind, Complement Takes);

/// <summary>
/// The words that report commitments (verbs in every inflection, and their nouns), the words that
/// make a committed act a threat, and the nouns that name a deal whose terms each count.
/// </summary>
internal static class CommitmentLexicon
{
    private static readonly CommitmentTrigger[] VerbTriggers =
    [
        new("promise", CommitmentKind.Promise, Complement.Infinitive | Complement.Clause | Complement.NounPhrase),
        new("pledge", CommitmentKind.Promise, Complement.Infinitive | Complement.Clause | Complement.NounPhrase),
        new("vow", CommitmentKind.Promise, Complement.Infinitive | Complement.Clause | Complement.NounPhrase),
        new("swear", CommitmentKind.Promise, Complement.Infinitive | Complement.Clause),
        new("guarantee", CommitmentKind.Promise, Complement.Infinitive | Complement.Clause),
        new("undertake", CommitmentKind.Promise, Complement.Infinitive),
        new("commit", CommitmentKind.Promise, Complement.Gerund | Complement.NounPhrase),
        new("intend", CommitmentKind.Promise, Complement.Infinitive),
        new("plan", CommitmentKind.Promise, Complement.Infinitive),
        new("propose", CommitmentKind.Promise, Complement.Infinitive | Complement.Gerund | Complement.NounPhrase),
        new("offer", CommitmentKind.Promise, Complement.Infinitive),
        new("agree", CommitmentKind.Agreement, Complement.Infinitive),
        new("threaten", CommitmentKind.Threat, Complement.Infinitive | Complement.NounPhrase),
        new("refuse", CommitmentKind.Refusal, Complement.Infinitive),
        new("decline", CommitmentKind.Refusal, Complement.Infinitive),
    ];

    private static readonly CommitmentTrigger[] NounTriggers =
    [
        new("promise", CommitmentKind.Promise, Complement.Infinitive),
        new("pledge", CommitmentKind.Promise, Complement.Infinitive),
        new("vow", CommitmentKind.Promise, Complement.Infinitive),
        new("commitment", CommitmentKind.Promise, Complement.Infinitive),
        new("plan", CommitmentKind.Promise, Complement.Infinitive),
        new("proposal", CommitmentKind.Promise, Complement.Infinitive),
        new("offer", CommitmentKind.Promise, Complement.Infinitive),
        new("guarantee", CommitmentKind.Promise, Complement.Infinitive),
        new("threat", CommitmentKind.Threat, Complement.Infinitive),
        new("refusal", CommitmentKind.Refusal, Complement.Infinitive),
    ];

    private static readonly FrozenDictionary<string, CommitmentTrigger> VerbForms = Inflect(VerbTriggers, verbs: true);
    private static readonly FrozenDictionary<string, CommitmentTrigger> NounForms = Inflect(NounTriggers, verbs: false);

    /// <summary>Nouns of a deal: a verb after them states a term ("the February 2020 deal: work with…").</summary>
    public static readonly FrozenSet<string> DealNouns = Set(
        "deal", "agreement", "accord", "pact", "treaty", "arrangement", "ceasefire", "truce", "compact", "memorandum");

    /// <summary>Words that make a committed act harmful or punitive, and so a threat.</summary>
    public static readonly FrozenSet<string> PunitiveWords = Set(
        "attack", "attacks", "strike", "strikes", "bomb", "sanction", "sanctions", "punish", "punishment", "retaliate",
        "retaliation", "retaliatory", "veto", "tariff", "tariffs", "consequences", "measures", "steps", "expel", "arrest",
        "prosecute", "invade", "destroy", "kill", "blockade", "embargo", "force", "war", "crush", "annihilate", "penalties",
        "penalty", "fine", "fines", "deport", "jail", "imprison", "ban", "suspend", "sever", "revoke", "boycott", "nuke", "hit",
        "target", "eliminate", "wipe", "reprisal", "reprisals", "response");

    /// <summary>Verb-particle pairs that are punitive together: "tear up the treaty", "wall off", "cut off aid".</summary>
    public static readonly FrozenSet<string> PunitiveParticleVerbs = Set("tear", "wall", "cut", "shut", "break", "broken", "crack");

    /// <summary>Nouns whose denial is a refusal: "No promises were made".</summary>
    public static readonly FrozenSet<string> PromiseNouns = Set(
        "promise", "promises", "commitment", "commitments", "assurance", "assurances", "guarantee", "guarantees", "pledge",
        "pledges", "concession", "concessions", "deal");

    public static CommitmentTrigger? Verb(ReadOnlySpan<char> word) =>
        VerbForms.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var trigger) ? trigger : null;

    public static CommitmentTrigger? Noun(ReadOnlySpan<char> word) =>
        NounForms.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var trigger) ? trigger : null;

    public static bool Contains(FrozenSet<string> set, ReadOnlySpan<char> word) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static FrozenDictionary<string, CommitmentTrigger> Inflect(CommitmentTrigger[] triggers, bool verbs)
    {
        var forms = new Dictionary<string, CommitmentTrigger>(StringComparer.OrdinalIgnoreCase);
        foreach (var trigger in triggers)
        {
            var lemma = trigger.Lemma;
            forms[lemma] = trigger;
            forms[lemma + "s"] = trigger;
            if (!verbs) continue;
            var stem = lemma.EndsWith('e') ? lemma[..^1] : lemma;
            var doubled = lemma is "commit" or "plan" ? lemma + lemma[^1] : stem;
            forms[doubled + "ed"] = trigger;
            forms[(lemma.EndsWith("ee") ? lemma : doubled) + "ing"] = trigger;
            if (lemma == "swear") { forms["swore"] = trigger; forms["sworn"] = trigger; forms["swearing"] = trigger; }
            if (lemma == "undertake") { forms["undertook"] = trigger; forms["undertaken"] = trigger; forms["undertaking"] = trigger; }
            if (lemma == "offer") { forms["offered"] = trigger; forms["offering"] = trigger; }
            if (lemma == "threaten") { forms["threatened"] = trigger; forms["threatening"] = trigger; }
        }
        return forms.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
