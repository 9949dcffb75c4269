using Vigil.Collections;
using Vigil.Documents;

namespace Vigil.Extraction.Tests.References;

public sealed class SortedSpansTests
{
    // names nest ("Senate" inside "Senate Armed Services Committee"); a span inside the outer one
    // but after the inner one is still inside
    [Theory]
    [InlineData(20, 25, true)]
    [InlineData(0, 6, true)]
    [InlineData(30, 40, true)]
    [InlineData(38, 42, false)]
    [InlineData(50, 55, true)]
    [InlineData(61, 65, false)]
    public void A_span_is_inside_one_of_spans_that_may_nest(int start, int end, bool inside)
    {
        var spans = new SortedSpans([new TextSpan(0, 40), new TextSpan(0, 6), new TextSpan(45, 60), new TextSpan(10, 15)]);
        Assert.Equal(inside, spans.AnyContains(new TextSpan(start, end)));
    }

    [Theory]
    [InlineData(38, 42, true)]
    [InlineData(40, 45, false)]
    [InlineData(59, 70, true)]
    [InlineData(60, 70, false)]
    [InlineData(44, 46, true)]
    public void A_span_overlaps_one_of_spans_when_they_share_a_character(int start, int end, bool overlaps)
    {
        var spans = new SortedSpans([new TextSpan(0, 40), new TextSpan(0, 6), new TextSpan(45, 60), new TextSpan(10, 15)]);
        Assert.Equal(overlaps, spans.AnyOverlaps(new TextSpan(start, end)));
    }
}
