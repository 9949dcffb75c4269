using Vigil.Documents;
using Vigil.Storage;
using static Vigil.Web.Tests.TestArticles;

namespace Vigil.Web.Tests;

/// <summary>
/// Two articles with commitments and events, and what the tracker would decide for them: the
/// Taliban's promise and a US threat, then a report that contradicts the promise.
/// </summary>
public static class TrackedArticles
{
    public const string TalibanActor = TestArticles.TalibanActor;
    public const string UnitedStatesActor = "iso:US";
    public const string PromiseId = "tc-promise";
    public const string ThreatId = "tc-threat";

    public const string PromiseText =
        "Taliban promise to let Afghans leave\n\n" +
        "The Taliban publicly promised to allow Afghans to leave the country, and the United States said it would attack the Taliban if Americans were threatened. " +
        "Representatives of the United States will meet the Taliban in Doha on Monday.";

    public const string ReportText =
        "Taliban stop Afghans at Kabul airport\n\n" +
        "Taliban fighters stopped hundreds of Afghans from boarding evacuation flights at Kabul airport on Tuesday, witnesses said. " +
        "The United States condemned the Taliban.";

    public static Document Promise()
    {
        var text = PromiseText;
        var taliban = new Entity("e1", "Taliban", EntityType.Org, [], [Find(text, "Taliban")], []) { ActorId = TalibanActor, Confidence = 1 };
        var us = new Entity("e2", "United States", EntityType.Gpe, [], [Find(text, "United States")], []) { ActorId = UnitedStatesActor, Confidence = 1 };
        var monday = new TimeExpression(Find(text, "on Monday"), DatePrecision.Day) { IsRelative = true, Interval = DateInterval.Day(new DateOnly(2021, 9, 6)) };
        return new Document(text, new ArticleMetadata("promise.txt") { Title = "Taliban promise to let Afghans leave", Published = new DateOnly(2021, 9, 1) })
        {
            Layers = AnnotationLayers.Entities | AnnotationLayers.Commitments | AnnotationLayers.Events,
            Entities = [taliban, us],
            Commitments =
            [
                new Commitment(Find(text, "allow Afghans to leave the country"), CommitmentKind.Promise)
                    { ActorId = "e1", ActorName = "Taliban", Cue = Find(text, "promised"), Modality = CommitmentModality.Reported },
                new Commitment(Find(text, "attack the Taliban"), CommitmentKind.Threat)
                    { ActorId = "e2", ActorName = "United States", Condition = Find(text, "if Americans were threatened"), Modality = CommitmentModality.Would },
            ],
            Events =
            [
                new NewsEvent(Find(text, "Representatives of the United States will meet the Taliban in Doha on Monday"), EventType.Consult)
                {
                    Trigger = Find(text, "meet"), Place = "Doha", When = monday, Status = EventStatus.Planned,
                    Actors = [new EventActor("e2", "United States", EventRole.Source), new EventActor("e1", "Taliban", EventRole.Target)],
                },
            ],
        };
    }

    public static Document Report()
    {
        var text = ReportText;
        var taliban = new Entity("e1", "Taliban", EntityType.Org, [], [Find(text, "Taliban")], []) { ActorId = TalibanActor, Confidence = 1 };
        var us = new Entity("e2", "United States", EntityType.Gpe, [], [Find(text, "United States")], []) { ActorId = UnitedStatesActor, Confidence = 1 };
        var tuesday = new TimeExpression(Find(text, "on Tuesday"), DatePrecision.Day) { IsRelative = true, Interval = DateInterval.Day(new DateOnly(2021, 9, 7)) };
        var stopped = Find(text, "Taliban fighters stopped hundreds of Afghans from boarding evacuation flights at Kabul airport on Tuesday");
        return new Document(text, new ArticleMetadata("report.txt") { Title = "Taliban stop Afghans at Kabul airport", Published = new DateOnly(2021, 9, 8) })
        {
            Layers = AnnotationLayers.Entities | AnnotationLayers.Quotes | AnnotationLayers.Events,
            Entities = [taliban, us],
            Quotes = [new Quote(stopped, QuoteKind.Indirect) { Cue = Find(text, "said"), SpeakerName = "witnesses" }],
            Events =
            [
                new NewsEvent(stopped, EventType.Coerce)
                {
                    Trigger = Find(text, "stopped"), Place = "Kabul airport", When = tuesday, Status = EventStatus.Happened,
                    Actors = [new EventActor("e1", "Taliban", EventRole.Source)],
                    Figures = [new EventFigure(Find(text, "hundreds of Afghans"), 200, "Afghans", FigureKind.Involved) { Qualifier = FigureQualifier.AtLeast }],
                },
                new NewsEvent(Find(text, "The United States condemned the Taliban"), EventType.Disapprove)
                {
                    Trigger = Find(text, "condemned"), Status = EventStatus.Happened,
                    Actors = [new EventActor("e2", "United States", EventRole.Source), new EventActor("e1", "Taliban", EventRole.Target)],
                },
            ],
        };
    }

    public static ArticleTracking PromiseTracking(Document promise) => new(
        [
            new NewTrackedCommitment(PromiseId, TalibanActor, "Taliban", CommitmentKind.Promise, false, promise[promise.Commitments[0].Span]),
            new NewTrackedCommitment(ThreatId, UnitedStatesActor, "United States", CommitmentKind.Threat, false, promise[promise.Commitments[1].Span]),
        ],
        [new StatementLink(PromiseId, 0, 1), new StatementLink(ThreatId, 1, 1)],
        []);

    public static ArticleTracking ReportTracking(Document report) => new(
        [],
        [],
        [new EvidenceLink(PromiseId, report.ContentId, EvidenceSource.Event, 0, report.Events[0].Span, report[report.Events[0].Span], EvidenceStance.Contradicts, 0.71)]);

    /// <summary>Stores both articles with their tracking, the promise first.</summary>
    public static async Task StoreAsync(IArticleStore store)
    {
        var promise = Promise();
        var report = Report();
        await store.StoreAsync(promise, PromiseTracking(promise));
        await store.StoreAsync(report, ReportTracking(report));
    }
}
