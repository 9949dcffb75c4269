using System.Text;

namespace Vigil.Reading.Tests;

public sealed class FolderTests
{
    [Fact]
    public void A_folder_is_read_recursively_in_ordinal_name_order_with_sources_joined_to_the_given_path()
    {
        using var folder = new TestFolder();
        folder.Write("news/b.txt", "B.");
        folder.Write("news/B.txt", "Capital B.");      // ordinal: upper case sorts first
        folder.Write("news/a/z.txt", "A then z.");
        folder.Write("news/c/x.htm", HtmlTests.Page);
        folder.Write("news/a.txt", "File a.");
        folder.Write("news/notes.md", "Skipped: unknown ending.");
        folder.Write("news/image.png", [0x89, 0x50, 0x4E, 0x47]);
        var given = folder.PathOf("news");

        var sources = Reading.ReadAll(given).Select(o => o.Source).ToList();

        Assert.Equal(
            [Path.Join(given, "B.txt"), Path.Join(given, "a/z.txt"), Path.Join(given, "a.txt"), Path.Join(given, "b.txt"), Path.Join(given, "c/x.htm")],
            sources);
    }

    [Fact]
    public void A_relative_folder_keeps_its_relative_spelling_in_sources()
    {
        using var folder = new TestFolder();
        folder.Write("dir/sub/a.txt", "Text.");
        var previous = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = folder.Root;
            Assert.Equal("dir/sub/a.txt", Reading.SingleArticle("dir").Source);
            Assert.Equal("dir/sub/a.txt", Reading.SingleArticle("dir/").Source);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }

    [Fact]
    public void A_folder_of_good_and_bad_inputs_gives_every_article_and_names_every_bad_file_in_order()
    {
        using var folder = new TestFolder();
        folder.Write("batch/1-good.txt", "Taliban promise safe passage\n\nThe group said foreigners could leave.");
        folder.Write("batch/2-binary.txt", [0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00]);
        folder.Write("batch/3-empty.txt", "");
        folder.Write("batch/4-feed.jsonl", "{\"id\": \"ok1\", \"text\": \"First line article.\"}\n{\"id\": \"broken\", \"text\": }\n{\"id\": \"ok2\", \"text\": \"Third line article.\"}\n");
        var gz = TestFolder.Gzip(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 3000).Select(i => $"Word {i} "))));
        folder.Write("batch/5-cut.txt.gz", gz[..(gz.Length / 2)]);
        var given = folder.PathOf("batch");

        var outcomes = Reading.ReadAll(given);

        Assert.Collection(outcomes,
            o => Assert.Equal("The group said foreigners could leave.", Assert.IsType<ArticleRead>(o).Document.Text.Split("\n\n")[1]),
            o => Assert.Equal(new ReadFailure(Path.Join(given, "2-binary.txt"), "binary file, not text"), o),
            o => Assert.Equal(new ReadFailure(Path.Join(given, "3-empty.txt"), "empty file"), o),
            o => Assert.Equal("ok1", Assert.IsType<ArticleRead>(o).Document.Metadata.Id),
            o =>
            {
                var failure = Assert.IsType<ReadFailure>(o);
                Assert.Equal(Path.Join(given, "4-feed.jsonl") + ":2", failure.Source);
                Assert.StartsWith("malformed JSON", failure.Reason);
            },
            o => Assert.Equal("ok2", Assert.IsType<ArticleRead>(o).Document.Metadata.Id),
            o => Assert.Equal(new ReadFailure(Path.Join(given, "5-cut.txt.gz"), "truncated or corrupt gzip data"), o));
    }

    [Fact]
    public void An_empty_folder_gives_nothing()
    {
        using var folder = new TestFolder();
        Directory.CreateDirectory(folder.PathOf("empty"));

        Assert.Empty(Reading.ReadAll(folder.PathOf("empty")));
    }

    [Fact]
    public void A_symbolic_link_back_to_an_ancestor_does_not_loop()
    {
        using var folder = new TestFolder();
        folder.Write("tree/a.txt", "Text.");
        Directory.CreateSymbolicLink(folder.PathOf("tree/loop"), folder.PathOf("tree"));

        Assert.Equal(Path.Join(folder.PathOf("tree"), "a.txt"), Reading.SingleArticle(folder.PathOf("tree")).Source);
    }
}
