using Vigil.Documents;

namespace Vigil.Collections;

/// <summary>
/// Spans sorted once, for "does one of them contain (or overlap) this span?" in a logarithm: quotations and
/// boilerplate, or an article's names, which may nest ("Senate" inside "Senate Armed Services
/// Committee"); each position keeps the farthest end of the spans starting at or before it.
/// </summary>
public sealed class SortedSpans
{
    private readonly int[] _starts;
    private readonly int[] _farthestEnds;

    public SortedSpans(IEnumerable<TextSpan> spans)
    {
        var sorted = spans.Order().ToArray();
        _starts = new int[sorted.Length];
        _farthestEnds = new int[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            _starts[i] = sorted[i].Start;
            _farthestEnds[i] = Math.Max(sorted[i].End, i > 0 ? _farthestEnds[i - 1] : int.MinValue);
        }
    }

    public bool AnyContains(TextSpan span)
    {
        int lo = 0, hi = _starts.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_starts[mid] <= span.Start) lo = mid + 1;
            else hi = mid;
        }
        return lo > 0 && _farthestEnds[lo - 1] >= span.End;
    }

    /// <summary>Whether one of the spans shares a character with <paramref name="span"/>.</summary>
    public bool AnyOverlaps(TextSpan span)
    {
        int lo = 0, hi = _starts.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_starts[mid] < span.End) lo = mid + 1;
            else hi = mid;
        }
        return lo > 0 && _farthestEnds[lo - 1] > span.Start;
    }
}
