namespace Vigil.Documents;

/// <summary>
/// What kind of thing happened, one name per CAMEO root category (the codebook of the GDELT and
/// Phoenix event data), so that Vigil's events can be compared with those sets.
/// </summary>
public enum EventType
{
    /// <summary>CAMEO 01: make a public statement, announce, declare.</summary>
    Statement,
    /// <summary>CAMEO 02: appeal, call on, ask for.</summary>
    Appeal,
    /// <summary>CAMEO 03: express intent to cooperate, offer.</summary>
    IntentToCooperate,
    /// <summary>CAMEO 04: consult, meet, visit, hold talks.</summary>
    Consult,
    /// <summary>CAMEO 05: engage in diplomatic cooperation: praise, recognise, sign, apologise.</summary>
    DiplomaticCooperation,
    /// <summary>CAMEO 06: engage in material cooperation: evacuate, share intelligence, cooperate on security.</summary>
    MaterialCooperation,
    /// <summary>CAMEO 07: provide aid.</summary>
    Aid,
    /// <summary>CAMEO 08: yield: withdraw, release, ease sanctions, surrender.</summary>
    Yield,
    /// <summary>CAMEO 09: investigate.</summary>
    Investigate,
    /// <summary>CAMEO 10: demand.</summary>
    Demand,
    /// <summary>CAMEO 11: disapprove: criticise, condemn, accuse, blame.</summary>
    Disapprove,
    /// <summary>CAMEO 12: reject, veto, refuse.</summary>
    Reject,
    /// <summary>CAMEO 13: threaten.</summary>
    Threaten,
    /// <summary>CAMEO 14: protest, demonstrate, strike, boycott.</summary>
    Protest,
    /// <summary>CAMEO 15: exhibit force posture: deploy, mobilise, put on alert.</summary>
    ForcePosture,
    /// <summary>CAMEO 16: reduce relations: cut ties, expel diplomats, impose sanctions, halt aid.</summary>
    ReduceRelations,
    /// <summary>CAMEO 17: coerce: arrest, detain, seize, ban, crack down.</summary>
    Coerce,
    /// <summary>CAMEO 18: assault: attack, bomb, kill, abduct.</summary>
    Assault,
    /// <summary>CAMEO 19: fight with conventional military force: clash, shell, take over territory.</summary>
    Fight,
    /// <summary>CAMEO 20: use unconventional mass violence: massacre, genocide, weapons of mass destruction.</summary>
    MassViolence,
}

/// <summary>Whether an event has taken place, according to the article.</summary>
public enum EventStatus
{
    Happened,
    /// <summary>Announced or scheduled by those who will carry it out: "will meet in Doha on Monday".</summary>
    Planned,
    /// <summary>Foreseen by the article or others, without a schedule: "is expected to be unveiled".</summary>
    Expected,
}

/// <summary>A participant's part in an event, as CAMEO's source and target actors.</summary>
public enum EventRole
{
    /// <summary>Who did it.</summary>
    Source,
    /// <summary>To whom, or against whom, it was done.</summary>
    Target,
}

/// <summary>An entity that takes part in an event.</summary>
public sealed record EventActor(string EntityId, string Name, EventRole Role);

/// <summary>What a figure counts.</summary>
public enum FigureKind
{
    Killed,
    Injured,
    Evacuated,
    Displaced,
    Arrested,
    Missing,
    /// <summary>People taking part: protesters, troops deployed.</summary>
    Involved,
}

/// <summary>How exactly a figure is given: "at least 100", "more than 114,000", "about 50".</summary>
public enum FigureQualifier
{
    Exact,
    AtLeast,
    MoreThan,
    About,
    UpTo,
    FewerThan,
}

/// <summary>
/// A count in an event: "at least 100 Afghans" killed is <c>(100, "Afghans", Killed, AtLeast)</c>.
/// <see cref="Span"/> covers the number and its unit.
/// </summary>
public sealed record EventFigure(TextSpan Span, long Count, string Unit, FigureKind Kind)
{
    public FigureQualifier Qualifier { get; init; }
}

/// <summary>
/// Something that happened, or is planned or expected, with who did it to whom, where, when, how
/// many it struck and whom it is blamed on. <see cref="Span"/> covers the clause that reports it;
/// <see cref="Trigger"/> is the word that names it ("attack", "meet", "evacuated").
/// </summary>
public sealed record NewsEvent(TextSpan Span, EventType Type)
{
    public TextSpan Trigger { get; init; }

    public ImmutableArray<EventActor> Actors { get; init; } = [];

    /// <summary>Where it happened: the place's canonical name ("Doha"), or the words that name it ("the airport gate").</summary>
    public string? Place { get; init; }

    public string? PlaceId { get; init; }

    /// <summary>The time expression that dates it, when the article gives one.</summary>
    public TimeExpression? When { get; init; }

    public ImmutableArray<EventFigure> Figures { get; init; } = [];

    /// <summary>Whom the article or its sources blame for it ("Isis-K"), by canonical name.</summary>
    public string? BlamedOn { get; init; }

    public string? BlamedOnId { get; init; }

    public EventStatus Status { get; init; }

    /// <summary>True when the article says it did not happen ("did not meet").</summary>
    public bool Negated { get; init; }
}
