using Vigil.Documents;
using static Vigil.Storage.Tests.TestDocuments;

namespace Vigil.Storage.Tests;

/// <summary>Articles with commitments and events, built by hand, with entities linked to actors across articles.</summary>
public static class TrackingDocuments
{
    public const string TalibanActor = "ofac:6636";
    public const string UnitedStatesActor = "iso:US";

    public const string PromiseText =
        "Taliban promise to let Afghans leave\n\n" +
        "The Taliban publicly promised to allow Afghans to leave the country, and the United States said it would attack the Taliban if Americans were threatened. " +
        "Representatives will meet in Doha on Monday. Officials said the Taliban had reopened the airport.";

    public const string ReportText =
        "Taliban stop Afghans at Kabul airport\n\n" +
        "Taliban fighters stopped hundreds of Afghans from boarding evacuation flights at Kabul airport on Tuesday, witnesses said. " +
        "“We will not let them go,” a Taliban commander told Reuters. At least 12 people were injured.";

    /// <summary>Two commitments (the Taliban's promise, a US threat), an event in Doha dated 2021-09-06, and a quote naming the Taliban.</summary>
    public static Document Promise(string text = PromiseText)
    {
        var taliban = new Entity("e1", "Taliban", EntityType.Org, ["Taliban"], [Find(text, "Taliban", 2), Find(text, "Taliban", 3), Find(text, "Taliban", 4)], [])
        { ActorId = TalibanActor, Confidence = 1 };
        var us = new Entity("e2", "United States", EntityType.Gpe, [], [Find(text, "United States")], []) { ActorId = UnitedStatesActor, Confidence = 1 };
        var doha = new Entity("e3", "Doha", EntityType.Gpe, [], [Find(text, "Doha")], []) { ActorId = "geo:290030", Confidence = 1 };
        var monday = new TimeExpression(Find(text, "on Monday"), DatePrecision.Day)
        {
            IsRelative = true,
            Interval = DateInterval.Day(new DateOnly(2021, 9, 6)),
        };
        return new Document(text, new ArticleMetadata("promise.txt") { Title = "Taliban promise to let Afghans leave", Published = new DateOnly(2021, 9, 1) })
        {
            Layers = AnnotationLayers.Entities | AnnotationLayers.Quotes | AnnotationLayers.Commitments | AnnotationLayers.Events,
            Entities = [taliban, us, doha],
            Quotes = [new Quote(Find(text, "the Taliban had reopened the airport"), QuoteKind.Indirect) { Cue = Find(text, "said", 2), SpeakerName = "Officials" }],
            Commitments =
            [
                new Commitment(Find(text, "allow Afghans to leave the country"), CommitmentKind.Promise)
                {
                    ActorId = "e1", ActorName = "Taliban", Cue = Find(text, "promised"), Modality = CommitmentModality.Reported,
                },
                new Commitment(Find(text, "attack the Taliban"), CommitmentKind.Threat)
                {
                    ActorId = "e2", ActorName = "United States", Condition = Find(text, "if Americans were threatened"), Cue = Find(text, "would"),
                    Modality = CommitmentModality.Would, Beneficiary = "Americans", DeadlineInterval = DateInterval.Month(2021, 9),
                    Deadline = Find(text, "on Monday"),
                },
            ],
            Events =
            [
                new NewsEvent(Find(text, "Representatives will meet in Doha on Monday"), EventType.Consult)
                {
                    Trigger = Find(text, "meet"), Place = "Doha", PlaceId = "geo:290030", When = monday, Status = EventStatus.Planned,
                    Actors = [new EventActor("e3", "Doha", EventRole.Target)],
                },
            ],
        };
    }

    /// <summary>An event of the Taliban with a figure, a quote of a Taliban commander, no commitment; published 2021-09-08.</summary>
    public static Document Report(string text = ReportText)
    {
        var taliban = new Entity("e1", "Taliban", EntityType.Org, ["Taliban"], [Find(text, "Taliban", 2), Find(text, "Taliban", 3)], [])
        { ActorId = TalibanActor, Confidence = 1 };
        var kabul = new Entity("e2", "Kabul", EntityType.Gpe, [], [Find(text, "Kabul", 2)], []) { ActorId = "geo:1138958", Confidence = 1 };
        var reuters = new Entity("e3", "Reuters", EntityType.Org, [], [Find(text, "Reuters")], []);
        var tuesday = new TimeExpression(Find(text, "on Tuesday"), DatePrecision.Day) { IsRelative = true, Interval = DateInterval.Day(new DateOnly(2021, 9, 7)) };
        return new Document(text, new ArticleMetadata("report.txt") { Id = "report-1", Title = "Taliban stop Afghans at Kabul airport", Published = new DateOnly(2021, 9, 8) })
        {
            Layers = AnnotationLayers.Entities | AnnotationLayers.Quotes | AnnotationLayers.Events,
            Entities = [taliban, kabul, reuters],
            Quotes =
            [
                new Quote(Find(text, "Taliban fighters stopped hundreds of Afghans from boarding evacuation flights at Kabul airport on Tuesday"), QuoteKind.Indirect)
                {
                    Cue = Find(text, "said"), SpeakerName = "witnesses",
                },
                new Quote(Find(text, "“We will not let them go,”"), QuoteKind.Direct) { Cue = Find(text, "told"), SpeakerName = "a Taliban commander" },
            ],
            Events =
            [
                new NewsEvent(Find(text, "Taliban fighters stopped hundreds of Afghans from boarding evacuation flights at Kabul airport on Tuesday"), EventType.Coerce)
                {
                    Trigger = Find(text, "stopped"), Place = "Kabul airport", When = tuesday, Status = EventStatus.Happened,
                    Actors = [new EventActor("e1", "Taliban", EventRole.Source)],
                    Figures = [new EventFigure(Find(text, "At least 12 people"), 12, "people", FigureKind.Injured) { Qualifier = FigureQualifier.AtLeast }],
                },
            ],
        };
    }

    /// <summary>The tracking the promise article gets when nothing is stored yet: each commitment new, and its own.</summary>
    public static ArticleTracking PromiseTracking(Document promise) => new(
        [
            new NewTrackedCommitment("tc-promise", TalibanActor, "Taliban", CommitmentKind.Promise, false, promise[promise.Commitments[0].Span]),
            new NewTrackedCommitment("tc-threat", UnitedStatesActor, "United States", CommitmentKind.Threat, false, promise[promise.Commitments[1].Span]),
        ],
        [new StatementLink("tc-promise", 0, 1), new StatementLink("tc-threat", 1, 1)],
        []);

    /// <summary>The report's event and first quote as contradicting evidence of the promise.</summary>
    public static ArticleTracking ReportTracking(Document report) => new(
        [],
        [],
        [
            new EvidenceLink("tc-promise", report.ContentId, EvidenceSource.Event, 0, report.Events[0].Span, report[report.Events[0].Span], EvidenceStance.Contradicts, 0.71)
            {
                Cues = ["stopped … from"],
            },
            new EvidenceLink("tc-promise", report.ContentId, EvidenceSource.Quote, 1, report.Quotes[1].Span, report[report.Quotes[1].Span], EvidenceStance.Mentions, 0.4),
        ]);
}
