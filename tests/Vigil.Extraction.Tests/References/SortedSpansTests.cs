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
}
