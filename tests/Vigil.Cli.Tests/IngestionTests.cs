using Vigil.Cli.Analysis;
using Vigil.Cli.Output;
using Vigil.Cli.Tests.Support;
using Vigil.Documents;
using Vigil.Language;
using Vigil.Pipeline;
using Vigil.Reading;
using Vigil.Storage;
using Vigil.Storage.Sqlite;
using Vigil.Tracking;
using Vigil.Tracking.Embeddings;

namespace Vigil.Cli.Tests;

/// <summary>
/// The ingest pipeline in process, over a real SQLite file: reading, analysis and batched writes
/// overlap, in input order, with bounded memory, and stop cleanly.
/// </summary>
public sealed class IngestionTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private readonly StringWriter _errors = new();
    private IArticleStore _store = null!;

    public Task InitializeAsync()
    {
        _store = SqliteArticleStore.Open(_folder.File("vigil.db"));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public async Task Articles_are_stored_and_failures_reported_in_input_order()
    {
        var inputs = Articles(100).Select((outcome, i) => i % 10 == 3 ? new ReadFailure($"bad-{i}.txt", "empty file") : outcome).ToList();

        var summary = await Ingest(inputs, new IngestOptions(BatchSize: 7));

        Assert.Equal(new IngestSummary(90, 0, 10), summary);
        var expected = inputs.OfType<ArticleRead>().Select(a => a.Document.ContentId).Reverse();
        // Undated articles list newest stored first, so the list read backwards is the order of storing.
        Assert.Equal(expected, (await _store.ListArticlesAsync(0, 1000)).Select(a => a.Id));
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"vigil: bad-{i * 10 + 3}.txt: empty file"), ErrorLines());
    }

    [Fact]
    public async Task A_slow_writer_holds_back_reading_so_memory_stays_bounded()
    {
        const int total = 300, batch = 8, queued = 2;
        var read = 0;
        IEnumerable<ReadOutcome> Source()
        {
            foreach (var article in Articles(total))
            {
                Interlocked.Increment(ref read);
                yield return article;
            }
        }

        var done = 0;
        var mostAhead = 0;
        var summary = await new Ingestion(_store, Analyzer(), Reporter(), options: new IngestOptions(batch, queued))
            .RunAsync(Source(), () =>
            {
                done++;
                mostAhead = Math.Max(mostAhead, Volatile.Read(ref read) - done);
                Thread.Sleep(1);
            }, CancellationToken.None);

        Assert.Equal(total, summary.Added);
        // The analyser's window (2 per core, one awaited, one held by the reader) and the batches:
        // the one being prepared, those queued and the one being written.
        var bound = 2 * Environment.ProcessorCount + 2 + batch * (queued + 2);
        Assert.InRange(mostAhead, 1, bound);
    }

    [Fact]
    public async Task Cancelling_stops_after_the_batch_being_written_and_a_second_run_stores_the_rest()
    {
        const int total = 200, batch = 10;
        var inputs = Articles(total).ToList();
        using var interrupt = new CancellationTokenSource();
        var done = 0;
        var options = new IngestOptions(batch, MaxBatchDelay: TimeSpan.FromMinutes(5));

        var first = await new Ingestion(_store, Analyzer(), Reporter(), options: options)
            .RunAsync(inputs, () => { if (++done == 35) interrupt.Cancel(); }, interrupt.Token);

        Assert.True(first.Interrupted);
        // The fourth batch was being written when the interrupt came: it is whole, and nothing after it is.
        Assert.Equal(40, first.Added);
        Assert.Equal(40, (await _store.CountAsync()).Articles);
        Assert.Equal(inputs.Take(40).Select(a => ((ArticleRead)a).Document.ContentId).Order(),
            (await _store.ListArticlesAsync(0, 1000)).Select(a => a.Id).Order());

        var second = await new Ingestion(_store, Analyzer(), Reporter(), options: options).RunAsync(inputs, null, CancellationToken.None);

        Assert.Equal(new IngestSummary(total - 40, 40, 0), second);
        Assert.Equal(total, (await _store.CountAsync()).Articles);
    }

    [Fact]
    public async Task A_text_already_stored_is_counted_without_being_analysed_again()
    {
        var inputs = Articles(40).ToList();
        await Ingest(inputs.Take(30), new IngestOptions(BatchSize: 8));
        var counting = new Counting();
        var analyzer = new ArticleAnalyzer(new PipelineBuilder().UseLanguage().UseCleaning().Use(counting).Build(), degreeOfParallelism: 2);

        var rerun = await new Ingestion(_store, analyzer, Reporter(), options: new IngestOptions(BatchSize: 8)).RunAsync(inputs, null, CancellationToken.None);

        Assert.Equal(new IngestSummary(10, 30, 0), rerun);
        Assert.Equal(10, counting.Count);
        Assert.Equal(40, (await _store.CountAsync()).Articles);
    }

    [Fact]
    public async Task The_texts_remembered_for_tracking_stay_few_however_long_the_run()
    {
        using var model = new MiniLmEmbedder();
        var tracker = new CommitmentTracker(_store, new SentenceVectors(model, _store));
        var ingestion = new Ingestion(_store, Analyzer(), Reporter(), tracker: tracker, options: new IngestOptions(BatchSize: 8));

        var summary = await ingestion.RunAsync(Articles(2_000), null, CancellationToken.None);

        Assert.Equal(2_000, summary.Added);
        // two generations, each up to twice what the pipeline holds at once (38 articles here)
        Assert.InRange(ingestion.TextsRememberedForTracking, 1, 4 * ingestion.InFlightBound);
        Assert.True(4 * ingestion.InFlightBound < 2_000 / 5);
    }

    [Fact]
    public async Task One_bad_article_never_stops_its_batch()
    {
        var inputs = Articles(12).ToList();
        inputs[2] = Read("This article makes the analysis throw.", "throws.txt");
        inputs[5] = Read("This article comes out of analysis with a quote outside its text.", "invalid.txt");
        inputs[8] = new ReadFailure("unreadable.html", "no article text found in the page");

        var summary = await Ingest(inputs, new IngestOptions(BatchSize: 12));

        Assert.Equal(new IngestSummary(9, 0, 3), summary);
        var errors = ErrorLines();
        Assert.Equal(3, errors.Length);
        Assert.StartsWith("vigil: throws.txt: analysis failed:", errors[0]);
        Assert.StartsWith("vigil: invalid.txt: not stored:", errors[1]);
        Assert.Contains("outside the text", errors[1]);
        Assert.Equal("vigil: unreadable.html: no article text found in the page", errors[2]);
    }

    private Task<IngestSummary> Ingest(IEnumerable<ReadOutcome> inputs, IngestOptions options) =>
        new Ingestion(_store, Analyzer(), Reporter(), options: options).RunAsync(inputs, null, CancellationToken.None);

    private ErrorReporter Reporter() => new(_errors);

    private string[] ErrorLines() => _errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static ArticleAnalyzer Analyzer() =>
        new(new PipelineBuilder().UseLanguage().UseCleaning().UseStorySignatures().Use(new Misbehaving()).Build(), degreeOfParallelism: 2);

    private static IEnumerable<ReadOutcome> Articles(int count) =>
        Enumerable.Range(0, count).Select(i => Read(
            $"Report number {i} from the harbour.\n\nWorkers at pier {i} unloaded {i * 7 % 97} containers on shift {i % 3}, the port said.",
            $"article-{i:D4}.txt"));

    private static ArticleRead Read(string text, string source) => new(new Document(text, new ArticleMetadata(source)));

    /// <summary>Counts the articles analysed.</summary>
    private sealed class Counting : IDocumentStage
    {
        private int _count;
        public int Count => _count;
        public string Name => "counting";
        public AnnotationLayers Requires => AnnotationLayers.None;
        public AnnotationLayers Provides => AnnotationLayers.None;

        public Document Process(Document document)
        {
            Interlocked.Increment(ref _count);
            return document;
        }
    }

    /// <summary>Fails on the articles that ask for it, as a stage with a bug would.</summary>
    private sealed class Misbehaving : IDocumentStage
    {
        public string Name => "misbehaving";
        public AnnotationLayers Requires => AnnotationLayers.None;
        public AnnotationLayers Provides => AnnotationLayers.None;

        public Document Process(Document document)
        {
            if (document.Text.Contains("makes the analysis throw", StringComparison.Ordinal))
                throw new InvalidOperationException("a stage failed on this text");
            if (document.Text.Contains("quote outside its text", StringComparison.Ordinal))
                return document with { Quotes = [new Quote(new TextSpan(0, document.Text.Length + 5), QuoteKind.Direct)] };
            return document;
        }
    }
}
