using Vigil.Documents;

namespace Vigil.Extraction.Quotes;

/// <summary>
/// The content spans found so far, ordered by start, so that "does this overlap one already
/// found?" costs a logarithm, not a scan: a document of thirty thousand quotations stays linear.
/// Spans arrive almost in text order, so keeping the list sorted costs little.
/// </summary>
internal sealed class ContentIndex
{
    private readonly List<TextSpan> _spans = [];
    private int _longest;

    public void Add(TextSpan span)
    {
        var at = UpperBound(span.Start);
        if (at == _spans.Count) _spans.Add(span);
        else _spans.Insert(at, span);
        _longest = Math.Max(_longest, span.Length);
    }

    public void Replace(TextSpan old, TextSpan updated)
    {
        var at = UpperBound(old.Start) - 1;
        while (at >= 0 && _spans[at] != old) at--;
        if (at >= 0) _spans.RemoveAt(at);
        Add(updated);
    }

    /// <summary>Whether a span already found and <paramref name="content"/> overlap by more than half of either.</summary>
    public bool OverlapsMostly(TextSpan content)
    {
        for (var i = UpperBound(content.End - 1) - 1; i >= 0; i--)
        {
            var span = _spans[i];
            if (span.Start + _longest <= content.Start) break;   // no span this early can reach the content
            var overlap = span.OverlapLength(content);
            if (overlap > 0 && (overlap * 2 > content.Length || overlap * 2 > span.Length)) return true;
        }
        return false;
    }

    /// <summary>The first index whose span starts after <paramref name="position"/>.</summary>
    private int UpperBound(int position)
    {
        int lo = 0, hi = _spans.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_spans[mid].Start <= position) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
