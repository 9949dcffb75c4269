using Vigil.Cli.Tests.Support;
using Vigil.Documents;

namespace Vigil.Cli.Tests;

/// <summary>`analyze --format jsonl` against ../shared/CONTRACT.md, through the real program.</summary>
public sealed class ContractTests
{
    [Fact]
    public void The_sample_article_keeps_its_text_exactly_and_every_span_points_into_it()
    {
        var result = VigilProgram.Run("analyze", "--format", "jsonl", Repo.SeedSample);

        Assert.True(result.ExitCode == 0, result.ToString());
        var line = Assert.Single(result.StdoutLines);
        var article = ContractAssert.ParseLine(line);
        ContractAssert.Article(article);
        var content = File.ReadAllText(Repo.SeedSample);
        Assert.Equal(content, article.GetProperty("text").GetString());
        Assert.Equal(Repo.SeedSample, article.GetProperty("source").GetString());
        Assert.Equal(Document.HashText(content)[..16], article.GetProperty("id").GetString());
    }

    [NeedsSharedFact]
    public void The_shared_sample_follows_the_contract_and_matches_the_bundled_copy()
    {
        var shared = Path.Combine(Repo.Shared!, "samples", "seed-article.txt");
        Assert.Equal(File.ReadAllBytes(shared), File.ReadAllBytes(Repo.SeedSample));

        var result = VigilProgram.Run("analyze", "--format", "jsonl", shared);

        Assert.True(result.ExitCode == 0, result.ToString());
        var article = ContractAssert.ParseLine(Assert.Single(result.StdoutLines));
        ContractAssert.Article(article);
        Assert.Equal(File.ReadAllText(shared), article.GetProperty("text").GetString());
    }

    [Fact]
    public void Every_bundled_sample_follows_the_contract_in_name_order()
    {
        var result = VigilProgram.Run("analyze", "--format", "jsonl", Repo.Samples);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.Stderr);
        var articles = result.StdoutLines.Select(ContractAssert.ParseLine).ToList();
        articles.ForEach(ContractAssert.Article);
        // Five files, one of them a JSONL file with two articles; samples/README.md is not an article.
        Assert.Equal(7, articles.Count);
        // A JSONL line's source is its url, a file's the path as given.
        Assert.Equal(
            ["https://example.org/briefs/kessel-weir", "https://example.org/briefs/althen-marathon",
             .. new[] { "harbour-strike.txt", "museum-fire.html", "river-treaty.txt", "seed-article.txt", "wire-budget.txt" }
                 .Select(name => Path.Join(Repo.Samples, name))],
            articles.Select(a => a.GetProperty("source").GetString()).ToList());
        Assert.Equal(["briefs-0001", "briefs-0002"], articles.Take(2).Select(a => a.GetProperty("id").GetString()).ToList());
        Assert.Equal("2024-06-02", articles[0].GetProperty("published").GetString());
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        var first = VigilProgram.Run("analyze", "--format", "jsonl", Repo.Samples);
        var second = VigilProgram.Run("analyze", "--format", "jsonl", Repo.Samples);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.NotEmpty(first.Stdout);
        Assert.Equal(first.Stdout, second.Stdout);
    }

    [Fact]
    public void A_dash_reads_standard_input_and_published_fills_a_missing_date()
    {
        const string text = "Harbour reopens\n\n“We are open again,” the harbour master said on Monday.\n";

        var result = VigilProgram.Run(["analyze", "--format", "jsonl", "--published", "2021-09-01", "-"], workingDirectory: null, stdin: text);

        Assert.True(result.ExitCode == 0, result.ToString());
        var article = ContractAssert.ParseLine(Assert.Single(result.StdoutLines));
        ContractAssert.Article(article);
        Assert.Equal(text, article.GetProperty("text").GetString());
        Assert.Equal("2021-09-01", article.GetProperty("published").GetString());
    }

    [Fact]
    public void The_text_report_names_the_article_and_has_no_colour_codes_when_redirected()
    {
        var result = VigilProgram.Run("analyze", Repo.SeedSample);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("The vigilant U.S. is forced to rely on the Taliban", result.Stdout);
        Assert.Contains(Repo.SeedSample, result.Stdout);
        Assert.Contains("boilerplate", result.Stdout);
        Assert.DoesNotContain("\u001b[", result.Stdout);
    }
}
