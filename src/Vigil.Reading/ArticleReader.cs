using System.IO.Compression;
using System.Text;
using Vigil.Documents;
using Vigil.Reading.Feeds;
using Vigil.Reading.Warc;
using Vigil.Reading.Web;

namespace Vigil.Reading;

/// <summary>
/// Reads the paths a user gives (files, folders, <c>-</c> for standard input) into articles, lazily
/// and in order, one <see cref="ReadOutcome"/> per article or per input that gave none. A bad file
/// or line is a <see cref="ReadFailure"/> with a reason fit to show; it never stops the others.
/// </summary>
public sealed class ArticleReader
{
    public const string StandardInput = "-";

    // How far into standard input to look for its first non-blank character.
    private const int SniffBytes = 64 * 1024;
    private const int FeedSniffBytes = 4096;

    static ArticleReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private readonly ReadOptions _options;
    private WebFetcher? _fetcher;

    public ArticleReader(ReadOptions? options = null) => _options = options ?? new ReadOptions();

    /// <summary>Every article of every path, in the order given; folders in name order.</summary>
    public IEnumerable<ReadOutcome> Read(IEnumerable<string> paths)
    {
        foreach (var path in paths)
            foreach (var outcome in Read(path))
                yield return outcome;
    }

    /// <summary>
    /// The articles of one path: a file (read by its ending; an unknown ending as plain text), a
    /// folder (recursively, entries in ordinal name order, files with unknown endings skipped), or
    /// <c>-</c> for standard input (JSON lines, HTML or plain text, as its first character suggests).
    /// </summary>
    public IEnumerable<ReadOutcome> Read(string path)
    {
        IEnumerable<ReadOutcome> outcomes;
        if (WebFetcher.IsUrl(path))
            outcomes = ReadUrl(path);
        else if (path == StandardInput)
            outcomes = ReadInput(_options.OpenStandardInput, null, path, new InputKind(InputFormat.Sniffed, Gzipped: false), detectGzip: true);
        else if (File.Exists(path))
            outcomes = ReadFile(path, path, InputKind.ForNamedFile(Path.GetFileName(path)));
        else if (Directory.Exists(path))
            outcomes = ReadFolder(path, path, new HashSet<string>(StringComparer.Ordinal));
        else
            outcomes = [new ReadFailure(path, ReadReasons.NoSuchPath)];
        foreach (var outcome in outcomes)
            yield return outcome;
    }

    private IEnumerable<ReadOutcome> ReadFolder(string folder, string source, HashSet<string> visited)
    {
        var info = new DirectoryInfo(folder);
        List<FileSystemInfo> entries = [];
        ReadFailure? failure = null;
        try
        {
            // A symbolic link back to an ancestor would otherwise make the walk endless.
            if (!visited.Add(info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName))
                yield break;
            entries = [.. info.EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            failure = new ReadFailure(source, Describe(e));
        }
        if (failure is not null)
            yield return failure;

        foreach (var entry in entries)
        {
            var entrySource = Path.Join(source, entry.Name);
            if (entry is DirectoryInfo directory)
            {
                foreach (var outcome in ReadFolder(directory.FullName, entrySource, visited))
                    yield return outcome;
            }
            else if (InputKind.FromFileName(entry.Name) is { } kind)
            {
                foreach (var outcome in ReadFile(entry.FullName, entrySource, kind))
                    yield return outcome;
            }
        }
    }

    private IEnumerable<ReadOutcome> ReadFile(string path, string source, InputKind kind) =>
        kind.Format == InputFormat.Warc ? ReadWarcFile(path, source, kind.Gzipped) :
        ReadInput(() => Counted(File.OpenRead(path)), () => File.OpenRead(path), source, kind, detectGzip: false);

    private Stream Counted(Stream file) => _options.Progress is { } progress ? new CountingStream(file, progress) : file;

    /// <param name="open">Opens the raw bytes.</param>
    /// <param name="reopen">Opens them again from the start (files only), for checking concatenated gzip members.</param>
    /// <param name="detectGzip">Decompress when the bytes start like gzip (standard input, which has no name to tell).</param>
    private IEnumerable<ReadOutcome> ReadInput(Func<Stream> open, Func<Stream>? reopen, string source, InputKind kind, bool detectGzip)
    {
        PeekableStream? input = null;
        var format = kind.Format;
        var gzipped = kind.Gzipped;
        ReadFailure? failure = null;
        try
        {
            (input, var limit, gzipped) = Open(open, reopen, gzipped, detectGzip);
            if (format == InputFormat.Sniffed)
                format = Sniff(input);
            // JSON Lines is read a line at a time, each line within --max-article-size, so a file of
            // them is a stream of any length (a backfill of 100,000 articles is half a gigabyte), as
            // a WARC file is; the file limit guards the formats that are read whole.
            if (format == InputFormat.JsonLines)
                limit.Lift();
        }
        catch (Exception e) when (IsReadError(e))
        {
            input?.Dispose();
            failure = new ReadFailure(source, Describe(e));
        }
        if (failure is not null)
        {
            yield return failure;
            yield break;
        }

        using (input)
        {
            if (format == InputFormat.JsonLines)
            {
                foreach (var outcome in ReadJsonLines(input!, source))
                    yield return outcome;
            }
            else if (format == InputFormat.Feed)
            {
                foreach (var outcome in FeedArticles.Read(input!, source, _options))
                    yield return outcome;
            }
            else if (format == InputFormat.Warc)
            {
                foreach (var outcome in WarcArticles.Read(input!, source, _options))
                    yield return outcome;
            }
            else
            {
                yield return ReadArticle(input!, source, format);
            }
        }
    }

    /// <summary>The decompressed bytes, capped at the file limit (until the caller lifts it), ready to be peeked at.</summary>
    private (PeekableStream Input, LimitedStream Limit, bool Gzipped) Open(Func<Stream> open, Func<Stream>? reopen, bool gzipped, bool detectGzip)
    {
        Stream raw = open();
        try
        {
            if (detectGzip)
            {
                var peekable = new PeekableStream(raw);
                raw = peekable;
                gzipped |= peekable.Peek(2).SequenceEqual((ReadOnlySpan<byte>)[0x1F, 0x8B]);
            }
            Stream decompressed = gzipped ? new VerifiedGZipStream(raw, reopen) : raw;
            var limited = new LimitedStream(decompressed, _options.MaxFileBytes, ReadReasons.FileTooLarge(_options.MaxFileBytes, gzipped));
            return (new PeekableStream(limited), limited, gzipped);
        }
        catch
        {
            raw.Dispose();
            throw;
        }
    }

    /// <summary>What standard input (or a bare .gz) holds, from its first non-blank character.</summary>
    private static InputFormat Sniff(PeekableStream input)
    {
        // Look a little further each time, so that a slow producer's first line is not held
        // back until a whole sniffing window has arrived.
        for (var window = 4; ; window *= 4)
        {
            var head = input.Peek(Math.Min(window, SniffBytes));
            var bom = TextDecoding.ByteOrderMark(head);
            // Lenient on purpose: this only looks; the real decoding reports bad bytes with their offset.
            var text = Encoding.GetEncoding((bom?.Encoding ?? Encoding.UTF8).CodePage).GetString(head[(bom?.Length ?? 0)..]);
            var first = text.AsSpan().TrimStart();
            if (!first.IsEmpty)
            {
                return first[0] switch
                {
                    '{' => InputFormat.JsonLines,
                    // the root element may follow an XML declaration and comments: look further than the first bytes
                    '<' => FeedArticles.LooksLikeFeed(input.Peek(FeedSniffBytes)) ? InputFormat.Feed : InputFormat.Html,
                    'W' when first.StartsWith("WARC/", StringComparison.Ordinal) => InputFormat.Warc,
                    _ => InputFormat.PlainText,
                };
            }
            if (head.Length < window || window >= SniffBytes)
                return InputFormat.PlainText; // blank to the end (an empty input) or as far as it is worth looking
        }
    }

    /// <summary>
    /// A WARC file, record by record. It has no file-size limit (a crawl file is gigabytes; each
    /// record is held to the article limit), and its gzip members are read one after another as
    /// they come: a cut-off last member shows as a record shorter than its length.
    /// </summary>
    private IEnumerable<ReadOutcome> ReadWarcFile(string path, string source, bool gzipped)
    {
        Stream? input = null;
        ReadFailure? failure = null;
        try
        {
            input = Counted(File.OpenRead(path));
            if (gzipped)
                input = new GZipStream(input, CompressionMode.Decompress);
        }
        catch (Exception e) when (IsReadError(e))
        {
            input?.Dispose();
            failure = new ReadFailure(source, Describe(e));
        }
        if (failure is not null)
        {
            yield return failure;
            yield break;
        }

        using (input)
        {
            using var records = WarcArticles.Read(input!, source, _options).GetEnumerator();
            while (true)
            {
                try
                {
                    if (!records.MoveNext())
                        break;
                }
                catch (Exception e) when (IsReadError(e))
                {
                    failure = new ReadFailure(source, $"{Describe(e)}; the records before it were read");
                }
                if (failure is not null)
                {
                    yield return failure;
                    yield break;
                }
                yield return records.Current;
            }
        }
    }

    /// <summary>
    /// A feed or a page at a URL: fetched whole (within the time and file limits, conditionally when
    /// <see cref="ReadOptions.FetchState"/> knows it), then read as a feed when it is one, else as a page.
    /// Nothing at all when the server says it has not changed since the last run.
    /// </summary>
    private IEnumerable<ReadOutcome> ReadUrl(string url)
    {
        _fetcher ??= new WebFetcher(_options);
        switch (_fetcher.Fetch(url))
        {
            case NotModified:
                yield break;
            case FetchFailed failed:
                yield return new ReadFailure(url, failed.Reason);
                yield break;
            case Fetched fetched:
                var media = fetched.MediaType ?? "";
                var head = fetched.Body.AsSpan(0, Math.Min(fetched.Body.Length, 4096));
                if (media.Contains("rss", StringComparison.OrdinalIgnoreCase) || media.Contains("atom", StringComparison.OrdinalIgnoreCase)
                    || FeedArticles.LooksLikeFeed(head))
                {
                    foreach (var outcome in FeedArticles.Read(new MemoryStream(fetched.Body, writable: false), url, _options))
                        yield return outcome;
                }
                else if (media.Contains("html", StringComparison.OrdinalIgnoreCase) || (media.Length == 0 && head.IndexOf("<"u8) >= 0))
                {
                    var charset = EncodingNamed(fetched.CharSet);
                    ReadOutcome page;
                    try
                    {
                        page = HtmlArticle.Read(fetched.Body, new ArticleMetadata(url) { Url = url }, _options, url, charset);
                    }
                    catch (Exception e) when (IsReadError(e))
                    {
                        page = new ReadFailure(url, Describe(e));
                    }
                    yield return page;
                }
                else
                {
                    yield return new ReadFailure(url, $"neither a feed nor a web page (the server says {media})");
                }
                // Remembered only once every item has been handed on: a run stopped half-way fetches it whole next time.
                _options.FetchState?.Remember(url, fetched.Validators);
                break;
        }
    }

    private static Encoding? EncodingNamed(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
            return null;
        try
        {
            var encoding = Encoding.GetEncoding(label.Trim('"', '\''));
            // As in HTML: a UTF-16 label without a byte-order mark means the page is really UTF-8.
            return encoding is UnicodeEncoding or UTF32Encoding ? Encoding.UTF8 : encoding;
        }
        catch (ArgumentException)
        {
            return null; // an unknown label: the page's own declaration decides
        }
    }

    /// <summary>A whole input that is one article: a text or HTML file.</summary>
    private ReadOutcome ReadArticle(PeekableStream input, string source, InputFormat format)
    {
        try
        {
            var bytes = ReadAtMost(input, _options.MaxArticleBytes);
            var metadata = new ArticleMetadata(source);
            if (format == InputFormat.Html)
                return _options.DeferPageExtraction
                    ? new PageToExtract(source, () => ExtractPage(bytes, metadata, source))
                    : ExtractPage(bytes, metadata, source);
            var text = TextDecoding.Decode(bytes);
            return new ArticleRead(PlainTextArticle.Create(text, metadata with { Published = _options.DefaultPublished }));
        }
        catch (Exception e) when (IsReadError(e))
        {
            return new ReadFailure(source, Describe(e));
        }
    }

    /// <summary>A page read whole, extracted now or later on the caller's thread (<see cref="PageToExtract"/>); a page that cannot be is a failure of its own.</summary>
    private ReadOutcome ExtractPage(byte[] bytes, ArticleMetadata metadata, string source)
    {
        try
        {
            return HtmlArticle.Read(bytes, metadata, _options);
        }
        catch (Exception e) when (IsReadError(e))
        {
            return new ReadFailure(source, Describe(e));
        }
    }

    private static byte[] ReadAtMost(Stream input, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = input.Read(chunk)) > 0)
        {
            if (buffer.Length + n > limit)
                throw new ReadProblemException(ReadReasons.ArticleTooLarge(limit));
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    private IEnumerable<ReadOutcome> ReadJsonLines(PeekableStream input, string path)
    {
        Stream utf8 = input;
        ReadFailure? failure = null;
        try
        {
            utf8 = JsonLinesStream(input);
        }
        catch (Exception e) when (IsReadError(e))
        {
            // peeking at the head already decompresses: a gzip cut inside its first bytes fails here
            failure = new ReadFailure(path, Describe(e));
        }
        if (failure is not null)
        {
            yield return failure;
            yield break;
        }

        var lines = new ByteLineReader(utf8, _options.MaxArticleBytes);
        var articles = 0;
        while (true)
        {
            ByteLine? line = null;
            try
            {
                line = lines.Next();
            }
            catch (Exception e) when (IsReadError(e))
            {
                failure = new ReadFailure(path, Describe(e));
            }
            if (failure is not null)
            {
                yield return failure;
                yield break;
            }
            if (line is not { } current)
                break;

            if (current.TooLong)
            {
                articles++;
                yield return new ReadFailure($"{path}:{current.Number}", ReadReasons.ArticleTooLarge(_options.MaxArticleBytes));
            }
            else if (!IsBlank(current.Content.Span))
            {
                articles++;
                yield return JsonLinesArticle.Read(current.Content, path, current.Number, _options);
            }
        }
        if (articles == 0)
            yield return new ReadFailure(path, ReadReasons.EmptyFile);
    }

    /// <summary>JSON lines as UTF-8 bytes: a UTF-8 mark dropped, UTF-16 or UTF-32 (with a mark) converted.</summary>
    private static Stream JsonLinesStream(PeekableStream input)
    {
        var head = input.Peek(TextDecoding.LongestSignature);
        if (TextDecoding.ByteOrderMark(head) is { } bom)
        {
            input.Skip(bom.Length);
            return bom.Encoding.CodePage == Encoding.UTF8.CodePage
                ? input
                : Encoding.CreateTranscodingStream(input, bom.Encoding, new UTF8Encoding(false), leaveOpen: true);
        }
        if (TextDecoding.BinaryFormat(head) is { } format)
            throw new ReadProblemException($"{ReadReasons.Binary} ({format} data)");
        return input;
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) =>
        line.IndexOfAnyExcept((byte)' ', (byte)'\t', (byte)'\r') < 0;

    private static bool IsReadError(Exception e) =>
        e is ReadProblemException or IOException or UnauthorizedAccessException or InvalidDataException or DecoderFallbackException;

    /// <summary>The reason to show the user, without the exception's type or stack.</summary>
    private static string Describe(Exception e) => e switch
    {
        ReadProblemException => e.Message,
        InvalidDataException => ReadReasons.CorruptGzip,
        FileNotFoundException or DirectoryNotFoundException => ReadReasons.NoSuchPath,
        UnauthorizedAccessException => "permission denied",
        DecoderFallbackException => "not valid text in the encoding its byte-order mark announces",
        IOException => $"could not read: {e.Message}",
        _ => e.Message,
    };
}
