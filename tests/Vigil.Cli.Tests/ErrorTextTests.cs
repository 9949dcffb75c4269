namespace Vigil.Cli.Tests;

public sealed class ErrorTextTests
{
    [Theory]
    [InlineData("plain reason", "plain reason")]
    [InlineData("line one\nline two", "line one line two")]
    [InlineData("Must be one of: \t'text' \t'jsonl'", "Must be one of: 'text' 'jsonl'")]
    [InlineData("my  file.txt", "my  file.txt")]
    [InlineData("", "unknown error")]
    [InlineData("\r\n", "unknown error")]
    public void Every_reason_fits_on_one_line(string text, string expected) => Assert.Equal(expected, ErrorText.OneLine(text));

    [Fact]
    public void Task_wrappers_are_unwrapped_to_the_real_reason()
    {
        var wrapped = new AggregateException(new IOException("disk full"));
        Assert.Equal("disk full", ErrorText.Describe(wrapped));
    }
}
