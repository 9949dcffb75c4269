using Vigil.Web.Api;

namespace Vigil.Web.Tests;

public sealed class ExportsTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"no\"", "\"say \"\"no\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("-2", "'-2")]
    public void A_text_cell_is_quoted_when_needed_and_never_a_formula(string value, string cell)
    {
        Assert.Equal(cell, Exports.Cell(value));
    }

    [Fact]
    public void Numbers_are_written_invariantly_and_null_is_empty()
    {
        Assert.Equal("-2", Exports.Cell(-2));
        Assert.Equal("0.71", Exports.Cell(0.71));
        Assert.Equal("", Exports.Cell(null));
        Assert.Equal("true", Exports.Cell(true));
    }
}
