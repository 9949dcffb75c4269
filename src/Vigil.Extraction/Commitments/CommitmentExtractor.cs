using Vigil.Documents;
using Vigil.Extraction.Clauses;
using Vigil.Extraction.Entities;
using Vigil.Extraction.Quotes;
using Vigil.Pipeline;

namespace Vigil.Extraction.Commitments;

/// <summary>
/// The commitment stage (../shared/eval/COMMITMENTS.md): who promised, agreed, threatened,
/// conditioned or refused what, to whom, on what condition, by when. Reads entities (for actors),
/// quotes (for speakers, and the body a "we" speaks for) and time expressions (for deadlines).
/// When two readings of the same words overlap, the one from the more specific rule stays.
/// </summary>
public sealed class CommitmentExtractor(Gazetteer? gazetteer = null) : IDocumentStage
{
    private readonly Gazetteer _gazetteer = gazetteer ?? Gazetteer.Default;

    public string Name => "commitments";

    public AnnotationLayers Requires =>
        AnnotationLayers.Tokens | AnnotationLayers.Sentences | AnnotationLayers.Boilerplate | AnnotationLayers.Entities
        | AnnotationLayers.Quotes | AnnotationLayers.TimeExpressions;

    public AnnotationLayers Provides => AnnotationLayers.Commitments;

    public Document Process(Document document)
    {
        var tokens = new TokenText(document);
        var index = new DocumentIndex(tokens);
        var actors = new ActorResolver(index, _gazetteer);
        var reported = new ReportedCommitments(index, actors);
        var deals = new DealTerms(index, actors);
        var quoted = new QuotedCommitments(index, actors);
        var candidates = new List<CommitmentCandidate>();
        foreach (var sentence in document.Sentences)
        {
            if (document.IsBoilerplate(sentence.Span)) continue;
            reported.Find(sentence, candidates);
            deals.Find(sentence, candidates);
            quoted.Find(sentence, candidates);
        }

        var details = new CommitmentDetails(index);
        var commitments = ImmutableArray.CreateBuilder<Commitment>();
        foreach (var candidate in WithoutOverlaps(candidates))
        {
            var condition = details.Condition(candidate, out var strict);
            var deadline = details.Deadline(candidate);
            var kind = details.KindOf(candidate, strict);
            var quote = index.QuoteAt(candidate.Cue.First) ?? index.QuoteAt(candidate.Act.First);
            var speaker = quote is null ? null : actors.SpeakerOf(quote);
            var bound = candidate.Actors.Count > 0 ? candidate.Actors : [null!];
            foreach (var actor in bound)
            {
                var beneficiary = details.Beneficiary(candidate, actor);
                var voicedByOther = speaker is not null && actor is not null && speaker.Name != actor.Name;
                commitments.Add(new Commitment(tokens.Span(candidate.Act.First, candidate.Act.Last), kind)
                {
                    ActorId = actor?.Id,
                    ActorName = actor?.Entity is { } entity ? actors.FullestName(entity) : actor?.Name,
                    SpeakerId = voicedByOther ? speaker!.Id : null,
                    SpeakerName = voicedByOther ? speaker!.Name : null,
                    Beneficiary = beneficiary?.Name,
                    BeneficiaryId = beneficiary?.Id,
                    Condition = condition is { } c ? tokens.Span(c.First, c.Last) : null,
                    Deadline = deadline is { } d ? tokens.Span(d.Range.First, d.Range.Last) : null,
                    DeadlineInterval = deadline?.Interval,
                    Cue = tokens.Span(candidate.Cue.First, candidate.Cue.Last),
                    Modality = candidate.Modality,
                    Negated = candidate.Negated,
                });
            }
        }
        commitments.Sort((a, b) => a.Span.CompareTo(b.Span));
        return document with { Commitments = commitments.ToImmutable() };
    }

    /// <summary>Keeps one reading of any stretch of text, preferring denials, then reported verbs and nouns, deal terms, and modal clauses last.</summary>
    private static IEnumerable<CommitmentCandidate> WithoutOverlaps(List<CommitmentCandidate> candidates)
    {
        var kept = new List<CommitmentCandidate>();
        // the kept acts by the stretches of tokens they cover, so that a candidate is compared only
        // with those near it: a run-on article of thousands of promises compared each with all
        var near = new Dictionary<int, List<CommitmentCandidate>>();
        foreach (var candidate in candidates.OrderBy(c => c.Evidence).ThenBy(c => c.Act.First))
        {
            if (candidate.Act.Last < candidate.Act.First) continue;
            if (Clashes(candidate, near)) continue;
            kept.Add(candidate);
            for (var stretch = candidate.Act.First / Stretch; stretch <= candidate.Act.Last / Stretch; stretch++)
            {
                if (!near.TryGetValue(stretch, out var list)) near[stretch] = list = [];
                list.Add(candidate);
            }
        }
        return kept;
    }

    private const int Stretch = 32;

    /// <summary>Whether a kept act covers at least half of the shorter of the two.</summary>
    private static bool Clashes(CommitmentCandidate candidate, Dictionary<int, List<CommitmentCandidate>> near)
    {
        for (var stretch = candidate.Act.First / Stretch; stretch <= candidate.Act.Last / Stretch; stretch++)
        {
            if (!near.TryGetValue(stretch, out var list)) continue;
            foreach (var other in list)
            {
                var overlap = Math.Min(other.Act.Last, candidate.Act.Last) - Math.Max(other.Act.First, candidate.Act.First) + 1;
                if (overlap > 0 && overlap * 2 >= Math.Min(other.Act.Length, candidate.Act.Length)) return true;
            }
        }
        return false;
    }
}

public static class CommitmentPipelineExtensions
{
    /// <summary>Adds the commitment stage; it needs the quote and time stages before it.</summary>
    public static PipelineBuilder UseCommitments(this PipelineBuilder builder) => builder.Use(new CommitmentExtractor());
}
