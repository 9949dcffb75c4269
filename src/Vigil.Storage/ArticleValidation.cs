using Vigil.Documents;

namespace Vigil.Storage;

/// <summary>
/// Checks, before anything is written, the invariants every store relies on: spans lie inside the
/// text, entity ids are unique within the article and a quote's speaker is one of its entities.
/// A pipeline bug then fails one article with a message naming the culprit, instead of a
/// constraint error from deep inside a transaction or a page that cannot render.
/// </summary>
public static class ArticleValidation
{
    /// <returns>null when the document can be stored, else the first problem found.</returns>
    public static string? FindProblem(Document document)
    {
        var length = document.Text.Length;

        for (var i = 0; i < document.Boilerplate.Length; i++)
            if (SpanProblem(document.Boilerplate[i].Span, length) is { } why)
                return $"boilerplate span {i + 1} {why}";

        var entityIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in document.Entities)
        {
            if (string.IsNullOrEmpty(entity.Id))
                return $"entity '{entity.Name}' has no id";
            if (!entityIds.Add(entity.Id))
                return $"entity id '{entity.Id}' is used twice";
            if (entity.Name is null)
                return $"entity '{entity.Id}' has no name";
            foreach (var mention in entity.Mentions)
                if (SpanProblem(mention, length) is { } why)
                    return $"a mention of entity '{entity.Id}' {why}";
            foreach (var reference in entity.References)
                if (SpanProblem(reference, length) is { } why)
                    return $"a reference to entity '{entity.Id}' {why}";
        }

        for (var i = 0; i < document.Quotes.Length; i++)
        {
            var quote = document.Quotes[i];
            if (SpanProblem(quote.Span, length) is { } why)
                return $"quote {i + 1} {why}";
            if (quote.Cue is { } cue && SpanProblem(cue, length) is { } cueWhy)
                return $"the cue of quote {i + 1} {cueWhy}";
            if (quote.Source is { } source && SpanProblem(source, length) is { } sourceWhy)
                return $"the source of quote {i + 1} {sourceWhy}";
            if (quote.SpeakerId is { } speaker && !entityIds.Contains(speaker))
                return $"quote {i + 1} names speaker '{speaker}', which is not among the article's entities";
        }

        for (var i = 0; i < document.Commitments.Length; i++)
        {
            var commitment = document.Commitments[i];
            foreach (var (what, span) in new[] { ("", (TextSpan?)commitment.Span), ("the condition of ", commitment.Condition), ("the deadline of ", commitment.Deadline), ("the cue of ", commitment.Cue) })
                if (span is { } s && SpanProblem(s, length) is { } why)
                    return $"{what}commitment {i + 1} {why}";
        }

        for (var i = 0; i < document.Events.Length; i++)
        {
            var newsEvent = document.Events[i];
            if (SpanProblem(newsEvent.Span, length) is { } why)
                return $"event {i + 1} {why}";
            if (SpanProblem(newsEvent.Trigger, length) is { } triggerWhy)
                return $"the trigger of event {i + 1} {triggerWhy}";
            if (newsEvent.When is { } when && SpanProblem(when.Span, length) is { } dateWhy)
                return $"the date of event {i + 1} {dateWhy}";
            foreach (var figure in newsEvent.Figures)
                if (SpanProblem(figure.Span, length) is { } figureWhy)
                    return $"a figure of event {i + 1} {figureWhy}";
        }

        return null;
    }

    /// <summary>
    /// The tracker's decisions must point at what the article holds: a statement at one of its
    /// commitments (each stated once), evidence of this article at one of its quotes or events, with
    /// that item's span.
    /// </summary>
    /// <returns>null when the tracking can be stored with the document, else the first problem found.</returns>
    public static string? FindProblem(Document document, ArticleTracking tracking)
    {
        var stated = new HashSet<int>();
        foreach (var statement in tracking.Statements)
        {
            if (statement.Ordinal < 0 || statement.Ordinal >= document.Commitments.Length)
                return $"the tracker links commitment {statement.Ordinal + 1}, but the article has {document.Commitments.Length}";
            if (!stated.Add(statement.Ordinal))
                return $"the tracker links commitment {statement.Ordinal + 1} to two tracked commitments";
        }
        foreach (var evidence in tracking.Evidence)
        {
            if (evidence.ArticleId != document.ContentId)
                continue;
            var spans = evidence.Source == EvidenceSource.Event
                ? document.Events.Select(e => e.Span).ToList()
                : document.Quotes.Select(q => q.Span).ToList();
            if (evidence.Ordinal < 0 || evidence.Ordinal >= spans.Count || spans[evidence.Ordinal] != evidence.Span)
                return $"the tracker links {evidence.Source.ToString().ToLowerInvariant()} {evidence.Ordinal + 1} at {evidence.Span}, which the article does not have";
        }
        return null;
    }

    private static string? SpanProblem(TextSpan span, int textLength) =>
        span.Start < 0 || span.End < span.Start || span.End > textLength
            ? $"{span} lies outside the text (length {textLength})"
            : null;
}
