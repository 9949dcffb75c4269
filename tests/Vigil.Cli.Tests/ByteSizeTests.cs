using Vigil.Cli.Input;

namespace Vigil.Cli.Tests;

public sealed class ByteSizeTests
{
    [Theory]
    [InlineData("20MB", 20L * 1024 * 1024)]
    [InlineData("200 MB", 200L * 1024 * 1024)]
    [InlineData("512KB", 512L * 1024)]
    [InlineData("512kb", 512L * 1024)]
    [InlineData("1.5GiB", 3L * 512 * 1024 * 1024)]
    [InlineData("4096", 4096L)]
    [InlineData("100B", 100L)]
    [InlineData(" 2 M ", 2L * 1024 * 1024)]
    public void Parses_what_people_type(string input, long expected)
    {
        Assert.True(ByteSize.TryParse(input, out var bytes));
        Assert.Equal(expected, bytes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("MB")]
    [InlineData("-5MB")]
    [InlineData("0")]
    [InlineData("20 parsecs")]
    [InlineData("1.5")]
    [InlineData("99999999999999999999GB")]
    public void Refuses_what_is_not_a_size(string input) => Assert.False(ByteSize.TryParse(input, out _));

    [Theory]
    [InlineData(20L * 1024 * 1024, "20 MB")]
    [InlineData(512L * 1024, "512 KB")]
    [InlineData(1000L, "1000 bytes")]
    public void Formats_for_help_texts(long bytes, string expected) => Assert.Equal(expected, ByteSize.Format(bytes));
}
