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

        return null;
    }

    private static string? SpanProblem(TextSpan span, int textLength) =>
        span.Start < 0 || span.End < span.Start || span.End > textLength
            ? $"{span} lies outside the text (length {textLength})"
            : null;
}
