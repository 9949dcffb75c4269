using Vigil.Documents;
using Vigil.Storage;

namespace Vigil.Tracking;

/// <summary>
/// The quotes and events of an article that may bear on an actor's commitments, by the rule the
/// store applies to stored articles (<see cref="IArticleStore.LoadCandidatesAsync"/>): an event the
/// actor takes part in, a quote the actor speaks or is named inside.
/// </summary>
public static class ArticleCandidates
{
    /// <summary>The candidates of <paramref name="document"/>, under each cross-article actor they involve.</summary>
    public static Dictionary<string, List<EvidenceCandidate>> ByActor(Document document)
    {
        var actorOf = document.Entities.Where(e => e.ActorId is not null).ToDictionary(e => e.Id, e => e.ActorId!, StringComparer.Ordinal);
        var byActor = new Dictionary<string, List<EvidenceCandidate>>(StringComparer.Ordinal);
        void Add(string actor, EvidenceCandidate candidate)
        {
            if (!byActor.TryGetValue(actor, out var list))
                byActor[actor] = list = [];
            if (!list.Any(c => c.Source == candidate.Source && c.Ordinal == candidate.Ordinal))
                list.Add(candidate);
        }

        for (var i = 0; i < document.Events.Length; i++)
        {
            var e = document.Events[i];
            var candidate = new EvidenceCandidate(document.ContentId, document.Metadata.Published, EvidenceSource.Event, i, e.Span, document[e.Span])
            {
                EventType = e.Type,
                EventStatus = e.Status,
                Negated = e.Negated,
            };
            foreach (var actor in e.Actors)
                if (actorOf.TryGetValue(actor.EntityId, out var actorId))
                    Add(actorId, candidate);
        }

        for (var i = 0; i < document.Quotes.Length; i++)
        {
            var q = document.Quotes[i];
            var candidate = new EvidenceCandidate(document.ContentId, document.Metadata.Published, EvidenceSource.Quote, i, q.Span, document[q.Span]);
            foreach (var entity in document.Entities)
            {
                if (entity.ActorId is null) continue;
                if (entity.Id == q.SpeakerId || entity.Mentions.Any(m => m.Start >= q.Span.Start && m.End <= q.Span.End))
                    Add(entity.ActorId, candidate);
            }
        }
        return byActor;
    }
}
