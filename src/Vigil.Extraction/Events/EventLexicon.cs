using Vigil.Documents;

namespace Vigil.Extraction.Events;

/// <summary>A word, or a word and its particle, that names an event of a type: "meet", "fly out", "took over".</summary>
internal sealed record EventTrigger(string Word, EventType Type, string? Particle = null)
{
    /// <summary>What a count beside this trigger counts: "killed" at least 100 Afghans, 114,000 people "fly out".</summary>
    public FigureKind? Counts { get; init; }
}

/// <summary>
/// The event vocabulary: trigger words for each CAMEO root category (src/Vigil.Extraction/Events/README.md
/// has the table). Verbs are listed with their inflections, nouns with their plurals.
/// </summary>
internal static class EventLexicon
{
    private static readonly (EventType Type, string Words, FigureKind? Counts)[] Table =
    [
        (EventType.Statement, "announce announced announces announcement statement declared declaration", null),
        (EventType.Appeal, "appeal appealed appeals urged urges plea", null),
        (EventType.IntentToCooperate, "offered offers offer willingness", null),
        (EventType.Consult, "meet met meets meeting meetings talks visit visited visits visiting discuss discussed discusses discussion " +
                            "discussions negotiate negotiated negotiations summit hosted consulted consultations conferred", null),
        (EventType.DiplomaticCooperation, "praised praising praise endorsed recognized recognised recognition apologized defended signed", null),
        (EventType.MaterialCooperation, "evacuate evacuated evacuating evacuation evacuations airlift airlifted cooperate cooperated " +
                                        "cooperation coordinate coordinated coordination shared sharing", FigureKind.Evacuated),
        (EventType.Aid, "aid donated donation assistance relief", null),
        (EventType.Yield, "withdraw withdrew withdrawn withdrawal released surrendered surrender retreated", null),
        (EventType.Investigate, "investigate investigated investigation investigations probe inquiry", null),
        (EventType.Demand, "demand demanded demands", null),
        (EventType.Disapprove, "criticized criticised condemned condemnation denounced accused blamed questioned", null),
        (EventType.Reject, "rejected rejection vetoed veto", null),
        (EventType.Threaten, "threatened threatens ultimatum", null),
        (EventType.Protest, "protest protested protests demonstration demonstrations rally rallies boycott boycotted", FigureKind.Involved),
        (EventType.ForcePosture, "deploy deployed deployment mobilized mobilised", FigureKind.Involved),
        (EventType.ReduceRelations, "severed expelled sanctions sanctioned suspended", null),
        (EventType.Coerce, "arrest arrested arrests detained detention seized crackdown deported", FigureKind.Arrested),
        (EventType.Assault, "attack attacked attacks bombing bombings bombed explosion explosions blast killed killing killings " +
                            "assassinated assassination abducted kidnapped shooting shot stabbed", FigureKind.Killed),
        (EventType.Fight, "fighting clashes clashed battle battles airstrike airstrikes shelling shelled occupation occupied invaded " +
                          "invasion offensive", FigureKind.Killed),
        (EventType.MassViolence, "massacre massacred genocide", FigureKind.Killed),
    ];

    private static readonly EventTrigger[] Phrases =
    [
        new("fly", EventType.MaterialCooperation, "out") { Counts = FigureKind.Evacuated },
        new("flew", EventType.MaterialCooperation, "out") { Counts = FigureKind.Evacuated },
        new("flown", EventType.MaterialCooperation, "out") { Counts = FigureKind.Evacuated },
        new("took", EventType.Fight, "over"),
        new("take", EventType.Fight, "over"),
        new("takeover", EventType.Fight),
        new("called", EventType.Appeal, "on"),
        new("pulled", EventType.Yield, "out"),
        new("cut", EventType.ReduceRelations, "ties"),
        new("air", EventType.Fight, "strike") { Counts = FigureKind.Killed },
        new("air", EventType.Fight, "strikes") { Counts = FigureKind.Killed },
        new("cracked", EventType.Coerce, "down"),
    ];

    private static readonly FrozenDictionary<string, EventTrigger> Words = Build();

    private static readonly FrozenDictionary<string, EventTrigger[]> ByFirstWord = Phrases
        .GroupBy(p => p.Word, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The trigger at a word, and how many words it takes (2 for "fly out").</summary>
    public static (EventTrigger Trigger, int Length)? At(ReadOnlySpan<char> word, ReadOnlySpan<char> next)
    {
        if (ByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var phrases))
            foreach (var phrase in phrases)
                if (phrase.Particle is null) return (phrase, 1);
                else if (next.Equals(phrase.Particle, StringComparison.OrdinalIgnoreCase)) return (phrase, 2);
        return Words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var trigger) ? (trigger, 1) : null;
    }

    /// <summary>Words near a count that tell what it counts.</summary>
    public static FigureKind? CountWord(ReadOnlySpan<char> word) =>
        FigureWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var kind) ? kind : null;

    private static readonly FrozenDictionary<string, FigureKind> FigureWords = new Dictionary<string, FigureKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["killed"] = FigureKind.Killed, ["dead"] = FigureKind.Killed, ["died"] = FigureKind.Killed, ["deaths"] = FigureKind.Killed,
        ["killing"] = FigureKind.Killed, ["lives"] = FigureKind.Killed, ["fatalities"] = FigureKind.Killed, ["massacred"] = FigureKind.Killed,
        ["injured"] = FigureKind.Injured, ["wounded"] = FigureKind.Injured, ["hurt"] = FigureKind.Injured, ["injuring"] = FigureKind.Injured,
        ["wounding"] = FigureKind.Injured, ["injuries"] = FigureKind.Injured,
        ["evacuated"] = FigureKind.Evacuated, ["evacuation"] = FigureKind.Evacuated, ["airlifted"] = FigureKind.Evacuated,
        ["evacuees"] = FigureKind.Evacuated, ["rescued"] = FigureKind.Evacuated,
        ["displaced"] = FigureKind.Displaced, ["fled"] = FigureKind.Displaced, ["refugees"] = FigureKind.Displaced,
        ["arrested"] = FigureKind.Arrested, ["detained"] = FigureKind.Arrested, ["missing"] = FigureKind.Missing,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static FrozenDictionary<string, EventTrigger> Build()
    {
        var words = new Dictionary<string, EventTrigger>(StringComparer.OrdinalIgnoreCase);
        foreach (var (type, list, counts) in Table)
            foreach (var word in list.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                words[word] = new EventTrigger(word, type) { Counts = counts };
        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
