using Vigil.Documents;

namespace Vigil.Extraction.Quotes;

/// <summary>
/// Where entities are named, ordered by where each mention ends, for "the nearest mention before
/// here" and "the mentions inside this phrase" in a logarithm rather than a scan of the document.
/// Mentions added later (speakers the entity stage missed) arrive in text order and go to a second
/// list that stays ordered too.
/// </summary>
internal sealed class MentionIndex
{
    private readonly (TextSpan Span, int Entity)[] _found;
    private readonly List<(TextSpan Span, int Entity)> _added = [];

    public MentionIndex(IReadOnlyList<Entity> entities)
    {
        var all = new List<(TextSpan, int)>();
        for (var i = 0; i < entities.Count; i++)
            foreach (var m in entities[i].Mentions)
                all.Add((m, i));
        _found = [.. all.OrderBy(m => m.Item1.End).ThenBy(m => m.Item1.Start)];
    }

    public void Add(TextSpan span, int entity)
    {
        if (_added.Count > 0 && _added[^1].Span.End > span.End)
            _added.Insert(UpperBound(_added, span.End), (span, entity));   // rare: out of text order
        else
            _added.Add((span, entity));
    }

    /// <summary>Mentions ending at or before <paramref name="position"/>, nearest first, no further back than <paramref name="maxDistance"/>.</summary>
    public IEnumerable<(TextSpan Span, int Entity)> EndingBefore(int position, int maxDistance)
    {
        var i = UpperBound(_found, position) - 1;
        var j = UpperBound(_added, position) - 1;
        while (i >= 0 || j >= 0)
        {
            var takeFound = j < 0 || i >= 0 && _found[i].Span.End >= _added[j].Span.End;
            var next = takeFound ? _found[i--] : _added[j--];
            if (position - next.Span.End > maxDistance) yield break;
            yield return next;
        }
    }

    /// <summary>Mentions ending inside <paramref name="span"/>.</summary>
    public IEnumerable<(TextSpan Span, int Entity)> EndingWithin(TextSpan span)
    {
        for (var i = UpperBound(_found, span.Start); i < _found.Length && _found[i].Span.End <= span.End; i++) yield return _found[i];
        for (var i = UpperBound(_added, span.Start); i < _added.Count && _added[i].Span.End <= span.End; i++) yield return _added[i];
    }

    /// <summary>The first index whose mention ends after <paramref name="position"/>.</summary>
    private static int UpperBound(IReadOnlyList<(TextSpan Span, int Entity)> list, int position)
    {
        int lo = 0, hi = list.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (list[mid].Span.End <= position) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
