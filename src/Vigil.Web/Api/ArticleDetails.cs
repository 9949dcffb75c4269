using Vigil.Documents;
using Vigil.Storage;

namespace Vigil.Web.Api;

/// <summary>A stored article as the API shows it: the text with every layer's spans and their words.</summary>
internal static class ArticleDetails
{
    public static ArticleDetail From(StoredArticle stored)
    {
        var d = stored.Document;
        var m = d.Metadata;
        SpanItem Span(TextSpan span) => new(span.Start, span.End, Words(d, span));
        SpanItem? Maybe(TextSpan? span) => span is { } s ? Span(s) : null;
        return new ArticleDetail(
            stored.Id, m.Id, m.Title, m.Source, m.Url, m.Author, Dates.Format(m.Published), stored.IngestedAt, d.Text,
            [.. d.Boilerplate.Select(b => new BoilerplateItem(b.Span.Start, b.Span.End, StoredNames.Of(b.Kind)))],
            [.. d.Entities.Select(e => new EntityItem(e.Id, e.Name, StoredNames.Of(e.Type), e.Title, e.ActorId, e.Confidence, e.Aliases,
                [.. e.Mentions.Select(Span)], [.. e.References.Select(Span)]))],
            [.. d.Quotes.Select((q, i) => new ArticleQuoteItem(i, q.Span.Start, q.Span.End, Words(d, q.Span), StoredNames.Of(q.Kind), q.SpeakerId, q.SpeakerName,
                q.SpeakerId is { } speaker ? d.FindEntity(speaker)?.ActorId : null, Maybe(q.Source), Maybe(q.Cue)))],
            [.. d.Commitments.Select((c, i) => new ArticleCommitmentItem(i, c.Span.Start, c.Span.End, Words(d, c.Span), StoredCommitmentNames.Of(c.Kind),
                c.ActorId, c.ActorName, c.SpeakerName, c.Beneficiary, Maybe(c.Condition), Maybe(c.Deadline), c.Negated))],
            [.. d.Events.Select((e, i) => new ArticleEventItem(i, e.Span.Start, e.Span.End, Words(d, e.Span), StoredCommitmentNames.Of(e.Type),
                StoredCommitmentNames.Of(e.Status), e.Negated,
                [.. e.Actors.Select(a => new EventActorItem(a.EntityId, a.Name, StoredCommitmentNames.Of(a.Role)))], e.Place, e.BlamedOn,
                [.. e.Figures.Select(f => new FigureItem(f.Count, f.Unit, StoredCommitmentNames.Of(f.Kind), StoredCommitmentNames.Of(f.Qualifier), f.Span.Start, f.Span.End))]))]);
    }

    /// <summary>The words under a span; empty for a span a pipeline bug put outside the text.</summary>
    private static string Words(Document d, TextSpan span) =>
        span.Start >= 0 && span.End <= d.Text.Length && span.Start <= span.End ? d[span] : "";
}
