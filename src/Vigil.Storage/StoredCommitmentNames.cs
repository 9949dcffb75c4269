using Vigil.Documents;

namespace Vigil.Storage;

/// <summary>
/// The words a database stores for the enums of commitments, events and tracking, written out
/// (as <see cref="StoredNames"/> does for the first layers) so that renaming a member in code never
/// changes what an existing database means. Commitment and event words are the contract's.
/// </summary>
public static class StoredCommitmentNames
{
    private static readonly NameMap<CommitmentKind> CommitmentKinds = new("commitment kind")
    {
        [CommitmentKind.Promise] = "promise",
        [CommitmentKind.Agreement] = "agreement",
        [CommitmentKind.Threat] = "threat",
        [CommitmentKind.Condition] = "condition",
        [CommitmentKind.Refusal] = "refusal",
    };

    private static readonly NameMap<CommitmentModality> Modalities = new("commitment modality")
    {
        [CommitmentModality.Reported] = "reported",
        [CommitmentModality.Will] = "will",
        [CommitmentModality.Would] = "would",
        [CommitmentModality.Shall] = "shall",
        [CommitmentModality.GoingTo] = "going to",
        [CommitmentModality.Must] = "must",
        [CommitmentModality.Can] = "can",
    };

    private static readonly NameMap<EventType> EventTypes = new("event type")
    {
        [EventType.Statement] = "statement",
        [EventType.Appeal] = "appeal",
        [EventType.IntentToCooperate] = "intent-to-cooperate",
        [EventType.Consult] = "consult",
        [EventType.DiplomaticCooperation] = "diplomatic-cooperation",
        [EventType.MaterialCooperation] = "material-cooperation",
        [EventType.Aid] = "aid",
        [EventType.Yield] = "yield",
        [EventType.Investigate] = "investigate",
        [EventType.Demand] = "demand",
        [EventType.Disapprove] = "disapprove",
        [EventType.Reject] = "reject",
        [EventType.Threaten] = "threaten",
        [EventType.Protest] = "protest",
        [EventType.ForcePosture] = "force-posture",
        [EventType.ReduceRelations] = "reduce-relations",
        [EventType.Coerce] = "coerce",
        [EventType.Assault] = "assault",
        [EventType.Fight] = "fight",
        [EventType.MassViolence] = "mass-violence",
    };

    private static readonly NameMap<EventStatus> EventStatuses = new("event status")
    {
        [EventStatus.Happened] = "happened",
        [EventStatus.Planned] = "planned",
        [EventStatus.Expected] = "expected",
    };

    private static readonly NameMap<EventRole> EventRoles = new("event role")
    {
        [EventRole.Source] = "source",
        [EventRole.Target] = "target",
    };

    private static readonly NameMap<FigureKind> FigureKinds = new("figure kind")
    {
        [FigureKind.Killed] = "killed",
        [FigureKind.Injured] = "injured",
        [FigureKind.Evacuated] = "evacuated",
        [FigureKind.Displaced] = "displaced",
        [FigureKind.Arrested] = "arrested",
        [FigureKind.Missing] = "missing",
        [FigureKind.Involved] = "involved",
    };

    private static readonly NameMap<FigureQualifier> FigureQualifiers = new("figure qualifier")
    {
        [FigureQualifier.Exact] = "exact",
        [FigureQualifier.AtLeast] = "at least",
        [FigureQualifier.MoreThan] = "more than",
        [FigureQualifier.About] = "about",
        [FigureQualifier.UpTo] = "up to",
        [FigureQualifier.FewerThan] = "fewer than",
    };

    private static readonly NameMap<DatePrecision> Precisions = new("date precision")
    {
        [DatePrecision.Day] = "day",
        [DatePrecision.Week] = "week",
        [DatePrecision.Month] = "month",
        [DatePrecision.Year] = "year",
        [DatePrecision.Range] = "range",
    };

    private static readonly NameMap<TemporalBound> Bounds = new("temporal bound")
    {
        [TemporalBound.At] = "at",
        [TemporalBound.Since] = "since",
        [TemporalBound.By] = "by",
        [TemporalBound.Before] = "before",
        [TemporalBound.After] = "after",
    };

    private static readonly NameMap<CommitmentStatus> Statuses = new("commitment status")
    {
        [CommitmentStatus.NotYetRated] = "not-yet-rated",
        [CommitmentStatus.InTheWorks] = "in-the-works",
        [CommitmentStatus.Stalled] = "stalled",
        [CommitmentStatus.Kept] = "kept",
        [CommitmentStatus.Compromise] = "compromise",
        [CommitmentStatus.Broken] = "broken",
    };

    private static readonly NameMap<EvidenceStance> Stances = new("evidence stance")
    {
        [EvidenceStance.Supports] = "supports",
        [EvidenceStance.Contradicts] = "contradicts",
        [EvidenceStance.Mentions] = "mentions",
    };

    private static readonly NameMap<EvidenceSource> Sources = new("evidence source")
    {
        [EvidenceSource.Event] = "event",
        [EvidenceSource.Quote] = "quote",
    };

    public static string Of(CommitmentKind value) => CommitmentKinds[value];
    public static string Of(CommitmentModality value) => Modalities[value];
    public static string Of(EventType value) => EventTypes[value];
    public static string Of(EventStatus value) => EventStatuses[value];
    public static string Of(EventRole value) => EventRoles[value];
    public static string Of(FigureKind value) => FigureKinds[value];
    public static string Of(FigureQualifier value) => FigureQualifiers[value];
    public static string Of(DatePrecision value) => Precisions[value];
    public static string Of(TemporalBound value) => Bounds[value];
    public static string Of(CommitmentStatus value) => Statuses[value];
    public static string Of(EvidenceStance value) => Stances[value];
    public static string Of(EvidenceSource value) => Sources[value];

    public static CommitmentKind ParseCommitmentKind(string stored) => CommitmentKinds.Parse(stored);
    public static CommitmentModality ParseModality(string stored) => Modalities.Parse(stored);
    public static EventType ParseEventType(string stored) => EventTypes.Parse(stored);
    public static EventStatus ParseEventStatus(string stored) => EventStatuses.Parse(stored);
    public static EventRole ParseEventRole(string stored) => EventRoles.Parse(stored);
    public static FigureKind ParseFigureKind(string stored) => FigureKinds.Parse(stored);
    public static FigureQualifier ParseFigureQualifier(string stored) => FigureQualifiers.Parse(stored);
    public static DatePrecision ParsePrecision(string stored) => Precisions.Parse(stored);
    public static TemporalBound ParseBound(string stored) => Bounds.Parse(stored);
    public static CommitmentStatus ParseStatus(string stored) => Statuses.Parse(stored);
    public static EvidenceStance ParseStance(string stored) => Stances.Parse(stored);
    public static EvidenceSource ParseSource(string stored) => Sources.Parse(stored);

    /// <summary>An enum's stored words, both ways; a word no member has is a <see cref="FormatException"/>.</summary>
    private sealed class NameMap<T>(string what) : Dictionary<T, string> where T : struct, Enum
    {
        public T Parse(string stored)
        {
            foreach (var (value, name) in this)
                if (name == stored)
                    return value;
            throw new FormatException($"unknown {what} '{stored}' in the database");
        }
    }
}
