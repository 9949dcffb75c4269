using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using Vigil.Documents;

namespace Vigil.Reading.Feeds;

/// <summary>
/// The articles of an RSS (0.9x, 1.0, 2.0) or Atom feed, one per item, read as a stream: each item is
/// parsed and handed on before the next is read, so a feed of any length takes the memory of one item.
/// An item's text is its full content (<c>content:encoded</c>, Atom <c>content</c>), else its
/// <c>description</c>/<c>summary</c>, read as HTML; its title, link, date and author become the
/// article's metadata. A broken item is a failure for that item; malformed XML ends the feed with a
/// failure after the items before it.
/// </summary>
/// <remarks>
/// XML is read with DTDs prohibited and no resolver, so a feed cannot pull in files or URLs through
/// external entities (XXE) nor expand entity bombs.
/// </remarks>
internal static class FeedArticles
{
    private const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";
    private const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    public static XmlReaderSettings SafeSettings(long maxCharacters) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = maxCharacters,
        CloseInput = false,
    };

    /// <summary>Whether the bytes start like a feed document (after an XML declaration, comments or white space).</summary>
    public static bool LooksLikeFeed(ReadOnlySpan<byte> head)
    {
        var text = Encoding.Latin1.GetString(head);
        return FeedRoot().IsMatch(text);
    }

    /// <param name="source">The feed as the user named it (a path or URL), for failures.</param>
    public static IEnumerable<ReadOutcome> Read(Stream input, string source, ReadOptions options)
    {
        XmlReader? reader = null;
        ReadFailure? failure = null;
        try
        {
            reader = XmlReader.Create(input, SafeSettings(options.MaxFileBytes));
            if (!MoveToRoot(reader))
                failure = new ReadFailure(source, "not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> element)");
        }
        catch (XmlException e)
        {
            failure = new ReadFailure(source, Describe(e));
        }
        if (failure is not null)
        {
            reader?.Dispose();
            yield return failure;
            yield break;
        }

        using (reader)
        {
            var atom = reader!.LocalName == "feed";
            var number = 0;
            while (true)
            {
                FeedItem? item = null;
                try
                {
                    item = NextItem(reader, atom, options);
                }
                catch (XmlException e)
                {
                    failure = new ReadFailure(source, Describe(e, number + 1));
                }
                catch (ReadProblemException e)
                {
                    failure = new ReadFailure(source, e.Message);
                }
                if (failure is not null)
                {
                    yield return failure;
                    yield break;
                }
                if (item is null)
                    break;
                number++;
                yield return ToArticle(item, source, number, options);
            }
            if (number == 0)
                yield return new ReadFailure(source, "the feed has no items");
        }
    }

    private static bool MoveToRoot(XmlReader reader)
    {
        if (reader.MoveToContent() != XmlNodeType.Element)
            return false;
        return reader.LocalName is "rss" or "RDF" or "feed";
    }

    /// <summary>Reads on to the next item (RSS) or entry (Atom) and parses it; null at the end of the feed.</summary>
    private static FeedItem? NextItem(XmlReader reader, bool atom, ReadOptions options)
    {
        var itemName = atom ? "entry" : "item";
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == itemName)
            {
                // Disposing the subtree moves past the item's end, whatever was read of it.
                FeedItem item;
                using (var subtree = reader.ReadSubtree())
                {
                    try
                    {
                        item = atom ? ReadEntry(subtree, options) : ReadItem(subtree, options);
                    }
                    catch (ItemTooLargeException e)
                    {
                        item = new FeedItem { TooLarge = e.Message };
                    }
                }
                // Disposing a subtree reader swallows the XmlException of broken markup it skips over.
                ThrowIfBroken(reader);
                return item;
            }
        }
        ThrowIfBroken(reader);
        return null;
    }

    /// <summary>
    /// Reads on, or throws: a reader that will not move before its end has met broken markup whose
    /// exception a subtree reader swallowed, and a loop that waited for its end would never end.
    /// </summary>
    private static void Next(XmlReader reader)
    {
        if (!reader.Read() && !reader.EOF)
            throw Broken(reader);
        ThrowIfBroken(reader);
    }

    /// <summary>
    /// Keeps the first value of a field an item repeats. A method, not <c>??=</c>: the reading must
    /// happen every time, since it is what moves the reader past the element; with <c>??=</c> a
    /// second &lt;title&gt; was never read and the item's loop stood on it for ever.
    /// </summary>
    private static void First(ref string? field, string? value) => field ??= value;

    private static void ThrowIfBroken(XmlReader reader)
    {
        if (reader.ReadState == ReadState.Error)
            throw Broken(reader);
    }

    private static XmlException Broken(XmlReader reader) =>
        reader is IXmlLineInfo { } position && position.HasLineInfo()
            ? new XmlException("broken markup", null, position.LineNumber, position.LinePosition)
            : new XmlException("broken markup");

    private static FeedItem ReadItem(XmlReader item, ReadOptions options)
    {
        var result = new FeedItem();
        Next(item); // the <item> itself
        Next(item);
        // Every branch consumes the element it is on (reading its text, or skipping it), so the loop never skips a sibling.
        while (!item.EOF)
        {
            ThrowIfBroken(item);
            if (item.NodeType != XmlNodeType.Element || item.Depth != 1)
            {
                Next(item);
                continue;
            }
            var (name, ns) = (item.LocalName, item.NamespaceURI);
            switch (name)
            {
                case "title" when ns.Length == 0 || ns == DublinCoreNamespace:
                    First(ref result.Title, Text(item, options));
                    break;
                case "link" when ns.Length == 0:
                    First(ref result.Link, Text(item, options));
                    break;
                case "guid" when ns.Length == 0:
                    var permaLink = item.GetAttribute("isPermaLink");
                    var guid = Text(item, options);
                    if (permaLink is null or "true" && guid is not null && guid.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                        result.Guid ??= guid;
                    break;
                case "description" when ns.Length == 0:
                    First(ref result.Summary, Text(item, options));
                    break;
                case "encoded" when ns == ContentNamespace:
                    First(ref result.Content, Text(item, options));
                    break;
                case "pubDate" when ns.Length == 0:
                case "date" when ns == DublinCoreNamespace:
                    First(ref result.Published, Text(item, options));
                    break;
                case "author" when ns.Length == 0:
                case "creator" when ns == DublinCoreNamespace:
                    First(ref result.Author, Text(item, options));
                    break;
                default:
                    item.Skip();
                    break;
            }
        }
        return result;
    }

    private static FeedItem ReadEntry(XmlReader entry, ReadOptions options)
    {
        var result = new FeedItem();
        Next(entry); // the <entry> itself
        Next(entry);
        while (!entry.EOF)
        {
            ThrowIfBroken(entry);
            if (entry.NodeType != XmlNodeType.Element || entry.Depth != 1)
            {
                Next(entry);
                continue;
            }
            if (entry.NamespaceURI != AtomNamespace)
            {
                entry.Skip();
                continue;
            }
            switch (entry.LocalName)
            {
                case "title":
                    First(ref result.Title, AtomText(entry, options, asHtml: false));
                    break;
                case "link":
                    var rel = entry.GetAttribute("rel");
                    if (rel is null or "alternate")
                        result.Link ??= entry.GetAttribute("href");
                    entry.Skip();
                    break;
                case "content":
                    First(ref result.Content, AtomText(entry, options, asHtml: true));
                    break;
                case "summary":
                    First(ref result.Summary, AtomText(entry, options, asHtml: true));
                    break;
                case "published":
                    result.Published = Text(entry, options);
                    break;
                case "updated":
                    First(ref result.Updated, Text(entry, options));
                    break;
                case "author":
                    using (var author = entry.ReadSubtree())
                    {
                        while (author.Read())
                            if (author.NodeType == XmlNodeType.Element && author.LocalName == "name")
                            {
                                result.Author ??= Text(author, options);
                                break;
                            }
                    }
                    Next(entry); // past the author's end tag, where disposing its subtree left the reader
                    break;
                default:
                    entry.Skip();
                    break;
            }
        }
        return result;
    }

    /// <summary>
    /// An Atom text construct as HTML (or plain text for a title): <c>type="html"</c> holds escaped
    /// markup, <c>type="xhtml"</c> a div of real elements, <c>type="text"</c> (the default) plain text.
    /// </summary>
    private static string? AtomText(XmlReader reader, ReadOptions options, bool asHtml)
    {
        var type = reader.GetAttribute("type") ?? "text";
        if (type == "xhtml")
        {
            var markup = Limit(reader.ReadInnerXml(), options);
            return asHtml ? markup : HtmlToText(markup);
        }
        var text = Text(reader, options);
        if (text is null)
            return null;
        if (type == "html")
            return asHtml ? text : HtmlToText(text);
        return asHtml ? "<p>" + System.Net.WebUtility.HtmlEncode(text).Replace("\n\n", "</p><p>", StringComparison.Ordinal) + "</p>" : text;
    }

    /// <summary>The element's text; the reader ends up past the element.</summary>
    private static string? Text(XmlReader reader, ReadOptions options)
    {
        if (reader.IsEmptyElement)
        {
            reader.Skip();
            return null;
        }
        var text = Limit(reader.ReadElementContentAsString(), options).Trim();
        return text.Length == 0 ? null : text;
    }

    private static string Limit(string text, ReadOptions options) =>
        Encoding.UTF8.GetMaxByteCount(text.Length) > options.MaxArticleBytes && Encoding.UTF8.GetByteCount(text) > options.MaxArticleBytes
            ? throw new ItemTooLargeException(ReadReasons.ArticleTooLarge(options.MaxArticleBytes))
            : text;

    private static string HtmlToText(string html) =>
        HtmlBlockText.CollapseWhiteSpace(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).Body?.TextContent ?? "");

    private static ReadOutcome ToArticle(FeedItem item, string feed, int number, ReadOptions options)
    {
        var link = item.Link ?? item.Guid;
        var failureSource = link is null ? $"{feed} item {number}" : $"{feed} item {number} ({link})";
        if (item.TooLarge is { } reason)
            return new ReadFailure(failureSource, reason);
        var html = item.Content ?? item.Summary;
        if (string.IsNullOrWhiteSpace(html))
            return new ReadFailure(failureSource, "the item has no text (no content or description), only its title and link");
        var metadata = new ArticleMetadata(link ?? $"{feed}#{number}")
        {
            Title = item.Title is null ? null : HtmlBlockText.CollapseWhiteSpace(item.Title),
            Url = link,
            Author = item.Author,
            Published = ParseDate(item.Published ?? item.Updated),
        };
        return HtmlArticle.Read(html, metadata, options, failureSource);
    }

    /// <summary>ISO 8601 (Atom, Dublin Core) or RFC 822 (RSS), including the zone names RFC 822 allows.</summary>
    public static DateOnly? ParseDate(string? value)
    {
        if (PublicationDates.Parse(value) is { } date)
            return date;
        if (value is null || Rfc822Date().Match(value) is not { Success: true } match)
            return null;
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year < 100)
            year += year < 50 ? 2000 : 1900;
        var month = Array.IndexOf(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
            match.Groups["month"].Value[..3].ToLowerInvariant()) + 1;
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        return month > 0 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    /// <param name="item">The item being read, for broken markup whose position the reader lost.</param>
    private static string Describe(XmlException e, int? item = null) =>
        e.Message.Contains("DTD", StringComparison.Ordinal)
            ? "the feed declares a DTD, which is refused (it could pull in files or URLs through external entities)"
            : e.LineNumber > 0 || item is null
                ? $"malformed XML at line {e.LineNumber}, position {e.LinePosition}"
                : $"malformed XML in item {item}";

    // Both run over untrusted text without backtracking (linear in its length). With backtracking the
    // comments before a root were exponential: each "-->" may end the lazy ".*?" or go on into the next
    // comment, so 22 empty comments before a root that is not there took 6 s, and each more doubled it.
    private static readonly Regex FeedRootPattern = new(
        @"^\s*(<\?xml[^>]*\?>\s*)?(<!--.*?-->\s*)*<(rss|feed|(\w+:)?RDF)\b",
        RegexOptions.Singleline | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex Rfc822DatePattern = new(
        @"(?<day>\d{1,2})\s+(?<month>(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)\.?\s+(?<year>\d{2,4})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static Regex FeedRoot() => FeedRootPattern;

    private static Regex Rfc822Date() => Rfc822DatePattern;

    private sealed class FeedItem
    {
        public string? Title, Link, Guid, Content, Summary, Published, Updated, Author, TooLarge;
    }

    /// <summary>One field of an item is beyond the article limit: that item fails, the feed goes on.</summary>
    private sealed class ItemTooLargeException(string reason) : Exception(reason);
}
