using Vigil.Cli.Tests.Support;

namespace Vigil.Cli.Tests;

public sealed class HelpTests
{
    [Theory]
    [InlineData("analyze", "--format", "--published", "--max-article-size", "--max-file-size", "--fetch-timeout", "--allow-private-urls", "PATH")]
    [InlineData("ingest", "--db", "--published", "--max-article-size", "--max-file-size", "--batch-size", "--fetch-timeout", "--allow-private-urls", "--fetch-state", "PATH")]
    [InlineData("stats", "--db", "--format")]
    [InlineData("backup", "--db", "DEST")]
    [InlineData("restore", "--db", "BACKUP")]
    [InlineData("serve", "--db", "--port", "--no-auth", "--api-rate-limit", "--upload-rate-limit", "--max-upload-size", "--max-api-request-size", "--log-level")]
    [InlineData("demo", "--port")]
    [InlineData("train-ner", "--data", "--output", "--epochs", "--corpora", "--hold-out-dev")]
    public void Each_command_explains_itself_and_its_options(string command, params string[] mentions)
    {
        var result = VigilProgram.Run(command, "--help");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"vigil {command}", result.Stdout);
        Assert.Contains("Description:", result.Stdout);
        foreach (var mention in mentions)
            Assert.Contains(mention, result.Stdout);
    }

    [Fact]
    public void The_top_level_help_lists_every_command()
    {
        var result = VigilProgram.Run("--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var command in new[] { "analyze", "ingest", "stats", "serve", "demo" })
            Assert.Contains(command, result.Stdout);
    }
}
