using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SmartReader;
using Vigil.Documents;

namespace Vigil.Reading;

/// <summary>
/// An article from a web page: SmartReader (Mozilla's Readability, over AngleSharp) finds the
/// body; the text is the title, a blank line, then the body's paragraphs separated by blank lines.
/// Captions the markup identifies are kept in the text and marked on the boilerplate layer.
/// </summary>
internal static class HtmlArticle
{
    public const string ParagraphSeparator = "\n\n";

    /// <summary>
    /// Pages with more elements than this are not scored by Readability, whose scoring grows faster
    /// than the page on some shapes (160,000 words of unclosed list items: 14 s against 4 s for half
    /// of them); every visible block is read instead. News pages have a few thousand elements (the
    /// 90 dev pages at most 1,637).
    /// </summary>
    public const int MaxScoredElements = 25_000;

    // SmartReader resolves links against the page's address; pages read from disk have none.
    private const string PlaceholderUri = "https://localhost/";

    /// <summary>
    /// SmartReader's <see cref="Article"/> turns the element it found into HTML and into plain text
    /// as it is made, through two process-wide hooks; Vigil reads that element itself (taken by an
    /// end operation of each reader), so neither string is made, nor parsed again. Both hooks are
    /// process-wide, and Vigil is their only user.
    /// </summary>
    static HtmlArticle()
    {
        Article.Serializer = static _ => "";
        Article.Converter = static _ => "";
    }

    /// <summary>Reads a page from its bytes, honouring a byte-order mark or else the charset the page declares.</summary>
    public static ReadOutcome Read(ReadOnlySpan<byte> bytes, ArticleMetadata metadata, ReadOptions options) =>
        Read(bytes, metadata, options, metadata.Source, transportCharset: null);

    /// <param name="transportCharset">The charset the HTTP header gave, which wins over the page's own declaration (as browsers do); a byte-order mark wins over both.</param>
    public static ReadOutcome Read(ReadOnlySpan<byte> bytes, ArticleMetadata metadata, ReadOptions options, string failureSource, Encoding? transportCharset)
    {
        var declared = TextDecoding.ByteOrderMark(bytes) is null ? transportCharset ?? HtmlCharset.Declared(bytes) : null;
        var html = TextDecoding.Decode(bytes, declared);
        return Read(html, metadata, options, failureSource);
    }

    /// <param name="failureSource">Where a failure is reported (a file, or a JSONL line).</param>
    public static ReadOutcome Read(string html, ArticleMetadata metadata, ReadOptions options, string failureSource)
    {
        try
        {
            return Extract(html, metadata, options, failureSource);
        }
        catch (Exception e) when (e is not (ReadProblemException or OutOfMemoryException))
        {
            // The HTML libraries meet every page the web can produce; a page they choke on is that page's failure.
            return new ReadFailure(failureSource, $"could not extract an article from the HTML: {e.Message}");
        }
    }

    private static ReadOutcome Extract(string html, ArticleMetadata metadata, ReadOptions options, string failureSource)
    {
        if (HtmlNesting.TooDeep(html))
            return new ReadFailure(failureSource, $"HTML nested more than {HtmlNesting.MaxDepth} elements deep");
        var document = new HtmlParser().ParseDocument(html);
        var page = HtmlMetadata.Read(document);

        Article? article = null;
        IReadOnlyList<HtmlParagraph> paragraphs = [];
        if (document.All.Length <= MaxScoredElements)
        {
            AngleSharp.Dom.IElement? found = null;
            using (var reader = new Reader(page.Url ?? metadata.Url ?? PlaceholderUri, document))
                article = reader.AddCustomOperationEnd(element => found = element).GetArticle();
            // IsReadable is false for short articles too; whatever Readability kept is still its best guess.
            if (found is not null)
                paragraphs = HtmlBlockText.Paragraphs(found);
        }
        if (paragraphs.Count == 0)
        {
            // Readability found no article (a short page), or the page is too large to score: every
            // visible word is the best guess left (Readability changed the document it scored, so parse anew).
            paragraphs = HtmlBlockText.Paragraphs((article is null ? document.Body : new HtmlParser().ParseDocument(html).Body) ?? (AngleSharp.Dom.INode)document);
        }

        var title = metadata.Title
            ?? NonEmpty(HtmlBlockText.CollapseWhiteSpace(article?.Title ?? ""))
            ?? NonEmpty(HtmlBlockText.CollapseWhiteSpace(document.Title ?? ""));
        if (title is not null && paragraphs.Count > 0 && SameWords(paragraphs[0].Text, title))
            paragraphs = paragraphs.Skip(1).ToList();
        if (paragraphs.Count == 0)
            return new ReadFailure(failureSource, "no article text found in the page");

        var (text, boilerplate) = Assemble(title, paragraphs);
        // Not SmartReader's PublicationDate: it also guesses from the URL and invents a day for
        // "/2021/08/" paths. HtmlMetadata reads the same metadata and takes only full dates from URLs.
        var published = metadata.Published ?? page.Published ?? options.DefaultPublished;
        var author = metadata.Author ?? page.Author ?? NonEmpty(article?.Author) ?? NonEmpty(article?.Byline);

        return new ArticleRead(new Document(text, metadata with
        {
            Title = title,
            Published = published,
            Author = author,
            Url = metadata.Url ?? page.Url,
        })
        {
            Boilerplate = boilerplate,
        });
    }

    private static (string Text, ImmutableArray<BoilerplateSpan> Boilerplate) Assemble(string? title, IReadOnlyList<HtmlParagraph> paragraphs)
    {
        var text = new StringBuilder();
        var boilerplate = ImmutableArray.CreateBuilder<BoilerplateSpan>();
        if (title is not null)
            text.Append(title);
        foreach (var paragraph in paragraphs)
        {
            if (text.Length > 0)
                text.Append(ParagraphSeparator);
            var start = text.Length;
            text.Append(paragraph.Text);
            if (paragraph.Boilerplate is { } kind)
                boilerplate.Add(new BoilerplateSpan(new TextSpan(start, text.Length), kind));
        }
        return (text.ToString(), boilerplate.ToImmutable());
    }

    private static bool SameWords(string a, string b) =>
        string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
