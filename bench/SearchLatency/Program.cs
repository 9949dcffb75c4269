using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using Vigil.Storage;
using Vigil.Storage.Postgres;

// Search latency at scale: fills a Vigil SQLite database with COUNT synthetic articles written
// straight into its tables (sentences of a real corpus drawn at random into articles of 4 to 14
// sentences; the full-text index fills through the schema's own triggers), then times queries
// through IArticleStore.SearchAsync, the code the web app and API call, on SQLite or PostgreSQL. The database is kept
// and topped up, so a second run only queries.
//   bench/search-latency.sh [COUNT] [QUERIES]
if (args.Length is < 2 or > 4)
{
    Console.Error.WriteLine("usage: SearchLatency DATABASE CORPUS_FOLDER [COUNT] [QUERIES]");
    return 2;
}
var databasePath = args[0];
var corpus = args[1];
var count = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1_000_000;
var queryCount = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 200;

var sentenceEnd = new Regex(@"(?<=[.!?][”""]?)\s+(?=[A-Z“""])", RegexOptions.CultureInvariant);
var sentences = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
    .SelectMany(f => File.ReadAllText(f).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
    .SelectMany(p => sentenceEnd.Split(p))
    .Where(s => s.Length is >= 30 and <= 400)
    .ToArray();
Console.WriteLine($"corpus:     {corpus}: {sentences.Length:N0} sentences to draw from");

long existing;
var postgres = ArticleStores.IsPostgres(databasePath);
await using (var store = ArticleStores.Open(databasePath)) { }   // creates the database and its schema
if (postgres)
{
    var builder = PostgresConnectionString.Parse(databasePath);
    builder.CommandTimeout = 0;   // the index over a million articles takes minutes to build
    await using var connection = new NpgsqlConnection(builder.ToString());
    await connection.OpenAsync();
    existing = (long)(await new NpgsqlCommand("SELECT count(*) FROM articles", connection).ExecuteScalarAsync())!;
    if (existing < count)
    {
        var clock = Stopwatch.StartNew();
        await FillPostgresAsync(connection, (int)existing, count, sentences);
        Console.WriteLine($"generated:  {count - existing:N0} articles in {clock.Elapsed.TotalSeconds:F0} s (binary COPY; the search indexes built after)");
    }
    var size = (long)(await new NpgsqlCommand("SELECT pg_database_size(current_database())", connection).ExecuteScalarAsync())!;
    Console.WriteLine($"database:   {ArticleStores.Describe(databasePath)}: {Math.Max(existing, count):N0} articles, {size / 1048576.0:N0} MB");
}
else
{
    var builder = new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false };
    using (var connection = new SqliteConnection(builder.ToString()))
    {
        connection.Open();
        using var countCommand = connection.CreateCommand();
        countCommand.CommandText = "SELECT count(*) FROM articles";
        existing = (long)countCommand.ExecuteScalar()!;
        if (existing < count)
        {
            var clock = Stopwatch.StartNew();
            Fill(connection, (int)existing, count, sentences);
            Console.WriteLine($"generated:  {count - existing:N0} articles in {clock.Elapsed.TotalSeconds:F0} s (written straight into the tables; the triggers index them)");
        }
    }
    var size = new FileInfo(databasePath).Length;
    Console.WriteLine($"database:   {databasePath}: {Math.Max(existing, count):N0} articles, {size / 1048576.0:N0} MB");
}

var queries = Queries(sentences, queryCount + 20, new Random(7));
await using var searchStore = ArticleStores.Open(databasePath);
var timings = new List<Timing>();
for (var i = 0; i < queries.Count; i++)
{
    var (text, kind) = queries[i];
    var timing = await TimeAsync(searchStore, new SearchQuery(text), kind);
    if (i >= 20)   // the first twenty warm the page cache and the code
        timings.Add(timing);
}
// Filtered: the one-word queries again, each within one year of publication dates (2015-2021 in
// the generated data), the filter joined to the articles table: the case the index alone cannot answer.
var filtered = new List<Timing>();
var years = new Random(11);
foreach (var (text, _) in queries.Skip(20).Where(q => q.Kind == "one word"))
{
    var year = 2015 + years.Next(7);
    filtered.Add(await TimeAsync(searchStore, new SearchQuery(text) { From = new DateOnly(year, 1, 1), To = new DateOnly(year, 12, 31) }, "one word, within one year"));
}

Console.WriteLine($"queries:    {timings.Count} timed after 20 to warm up, first page of 20 hits each, one at a time; then {filtered.Count} with a date filter");
Console.WriteLine($"limits:     matches counted up to {SearchQuery.DefaultCountLimit:N0}, ranked by relevance up to {SearchQuery.DefaultRankLimit:N0} (more: most recently stored first)");
Console.WriteLine();
Console.WriteLine("| queries | n | p50 | p95 | p99 | max | median hits |");
Console.WriteLine("|---|---|---|---|---|---|---|");
Row("all", timings);
foreach (var group in timings.GroupBy(t => t.Kind))
    Row(group.Key, [.. group]);
Row($"under {SearchQuery.DefaultRankLimit:N0} hits (ranked)", [.. timings.Where(t => t.Order == SearchOrder.Relevance)]);
Row($"{SearchQuery.DefaultRankLimit:N0} to {SearchQuery.DefaultCountLimit:N0} hits (newest first)", [.. timings.Where(t => t.Order == SearchOrder.Newest && !t.Capped)]);
Row($"{SearchQuery.DefaultCountLimit:N0}+ hits (count capped, newest first)", [.. timings.Where(t => t.Capped)]);
Row("one word, within one year", filtered);
Console.WriteLine();
Console.WriteLine("slowest:    " + string.Join("; ", timings.Concat(filtered).OrderByDescending(t => t.Ms).Take(5).Select(t => $"\"{t.Query}\"{(t.Kind.Contains("year") ? " in a year" : "")} {t.Ms:F0} ms ({t.Total:N0}{(t.Capped ? "+" : "")} hits)")));
var p95 = Percentile([.. timings.Select(t => t.Ms)], 0.95);
Console.WriteLine($"p95:        {p95:F1} ms (target < 100 ms: {(p95 < 100 ? "met" : $"missed by {p95 - 100:F0} ms, {p95 / 100:F1}x")})");
return 0;

static async Task<Timing> TimeAsync(IArticleStore store, SearchQuery query, string kind)
{
    var watch = Stopwatch.StartNew();
    var results = await store.SearchAsync(query);
    var ms = watch.Elapsed.TotalMilliseconds;
    return new Timing(query.Text, kind, ms, results.Total, results.TotalCapped, results.Order);
}

static void Row(string name, List<Timing> rows)
{
    if (rows.Count == 0)
        return;
    var ms = rows.Select(r => r.Ms).ToList();
    var hits = rows.Select(r => (double)r.Total).ToList();
    var median = Percentile(hits, 0.5);
    var capped = median >= SearchQuery.DefaultCountLimit && rows.Count(r => r.Capped) * 2 >= rows.Count ? "+" : "";
    Console.WriteLine($"| {name} | {rows.Count} | {Percentile(ms, 0.5):F1} ms | {Percentile(ms, 0.95):F1} ms | {Percentile(ms, 0.99):F1} ms | {ms.Max():F1} ms | {median:N0}{capped} |");
}

static double Percentile(List<double> values, double p)
{
    var sorted = values.Order().ToList();
    var rank = p * (sorted.Count - 1);
    var low = (int)Math.Floor(rank);
    var high = Math.Min(low + 1, sorted.Count - 1);
    return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

// What analysts type: a content word, two words, a name, a quoted two-word phrase; drawn from
// random sentences, so common words come up as often as they occur.
static List<(string Text, string Kind)> Queries(string[] sentences, int n, Random random)
{
    var word = new Regex(@"\p{L}[\p{L}’'-]*\p{L}", RegexOptions.CultureInvariant);
    var stop = new HashSet<string>(["that", "this", "with", "from", "have", "were", "they", "their", "there", "which", "would", "about",
        "been", "said", "will", "what", "when", "more", "than", "also", "into", "some", "could", "other", "after", "those", "these"], StringComparer.OrdinalIgnoreCase);
    var queries = new List<(string, string)>();
    while (queries.Count < n)
    {
        var words = word.Matches(sentences[random.Next(sentences.Length)]).Select(m => m.Value).ToList();
        var content = words.Where(w => w.Length >= 4 && !stop.Contains(w)).ToList();
        if (content.Count < 2)
            continue;
        var kind = queries.Count % 10;
        if (kind < 4)
            queries.Add((content[random.Next(content.Count)].ToLowerInvariant(), "one word"));
        else if (kind < 7)
        {
            var a = random.Next(content.Count);
            var b = (a + 1 + random.Next(content.Count - 1)) % content.Count;
            queries.Add(($"{content[a]} {content[b]}".ToLowerInvariant(), "two words"));
        }
        else if (kind < 9)
        {
            var names = content.Skip(1).Where(w => char.IsUpper(w[0])).ToList();   // not the capital that starts the sentence
            if (names.Count == 0)
                continue;
            queries.Add((names[random.Next(names.Count)], "a name"));
        }
        else
        {
            var i = random.Next(words.Count - 1);
            queries.Add(($"\"{words[i]} {words[i + 1]}\"", "quoted phrase"));
        }
    }
    return queries;
}

static void Fill(SqliteConnection connection, int from, int to, string[] sentences)
{
    using (var pragma = connection.CreateCommand())
    {
        // a generated database: losing it in a crash costs a rerun, so no waiting on the disk
        pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF; PRAGMA cache_size = -200000";
        pragma.ExecuteNonQuery();
    }
    var ingestedAt = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
    const int Batch = 20_000;
    using var articles = Generate(from, to, sentences).GetEnumerator();
    for (var n = from; n < to;)
    {
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO articles (id, content_hash, text, source, input_id, title, published, url, author, layers, ingested_at)
            VALUES ($id, $hash, $text, $source, NULL, $title, $published, NULL, NULL, 0, $ingestedAt)
            """;
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var hash = insert.Parameters.Add("$hash", SqliteType.Text);
        var body = insert.Parameters.Add("$text", SqliteType.Text);
        var source = insert.Parameters.Add("$source", SqliteType.Text);
        var title = insert.Parameters.Add("$title", SqliteType.Text);
        var published = insert.Parameters.Add("$published", SqliteType.Text);
        insert.Parameters.AddWithValue("$ingestedAt", ingestedAt);
        insert.Prepare();
        for (var end = Math.Min(to, n + Batch); n < end && articles.MoveNext(); n++)
        {
            var article = articles.Current;
            id.Value = article.Id;
            hash.Value = article.Hash;
            body.Value = article.Text;
            source.Value = article.Source;
            title.Value = article.Title;
            published.Value = article.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
        Console.Error.Write($"\rgenerating: {n:N0} of {to:N0}");
    }
    Console.Error.WriteLine();
}

// The same articles as on SQLite (the same generator and seed), by binary COPY. The full-text
// indexes (the words and their pairs, migrations 001 and 006) are dropped and built again after the
// load, as a bulk load does: updating a GIN index row by row for a million articles takes far longer.
// Their definitions are read from the database, so they are the migrations' own.
static async Task FillPostgresAsync(NpgsqlConnection connection, int from, int to, string[] sentences)
{
    async Task ExecuteAsync(string sql) => await new NpgsqlCommand(sql, connection).ExecuteNonQueryAsync();
    await ExecuteAsync("SET maintenance_work_mem = '1GB'");
    var indexes = new List<(string Name, string Definition)>();
    await using (var select = new NpgsqlCommand("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'articles' AND indexdef LIKE '% USING gin %' ORDER BY indexname", connection))
    await using (var reader = await select.ExecuteReaderAsync())
        while (await reader.ReadAsync())
            indexes.Add((reader.GetString(0), reader.GetString(1)));
    foreach (var (name, _) in indexes)
        await ExecuteAsync($"DROP INDEX {name}");
    var ingestedAt = DateTimeOffset.UtcNow;
    var n = from;
    await using (var copy = await connection.BeginBinaryImportAsync("COPY articles (id, content_hash, text, source, title, published, layers, ingested_at) FROM STDIN (FORMAT BINARY)"))
    {
        foreach (var article in Generate(from, to, sentences))
        {
            await copy.StartRowAsync();
            await copy.WriteAsync(article.Id, NpgsqlDbType.Text);
            await copy.WriteAsync(article.Hash, NpgsqlDbType.Text);
            await copy.WriteAsync(article.Text, NpgsqlDbType.Text);
            await copy.WriteAsync(article.Source, NpgsqlDbType.Text);
            await copy.WriteAsync(article.Title, NpgsqlDbType.Text);
            await copy.WriteAsync(article.Published, NpgsqlDbType.Date);
            await copy.WriteAsync(0, NpgsqlDbType.Integer);
            await copy.WriteAsync(ingestedAt, NpgsqlDbType.TimestampTz);
            if (++n % 20_000 == 0)
                Console.Error.Write($"\rgenerating: {n:N0} of {to:N0}");
        }
        await copy.CompleteAsync();
    }
    Console.Error.WriteLine();
    foreach (var (name, definition) in indexes)
    {
        Console.Error.WriteLine($"indexing:   {name}");
        await ExecuteAsync(definition);
    }
    // As autovacuum would after such a load: the statistics, and the visibility map a count reads.
    Console.Error.WriteLine("vacuuming:  VACUUM (ANALYZE) articles");
    await ExecuteAsync("VACUUM (ANALYZE) articles");
}

// Articles of 4 to 14 sentences drawn at random, published on a random day of 2015-2021; article n
// is the same whichever store it goes to and however the filling was split into runs.
static IEnumerable<SyntheticArticle> Generate(int from, int to, string[] sentences)
{
    var random = new Random(20211 + from);
    var start = new DateOnly(2015, 1, 1);
    var text = new StringBuilder();
    for (var n = from; n < to; n++)
    {
        text.Clear();
        var first = sentences[random.Next(sentences.Length)];
        text.Append(first);
        var length = random.Next(4, 15);
        for (var s = 1; s < length; s++)
            text.Append(s % 4 == 0 ? '\n' : ' ').Append(sentences[random.Next(sentences.Length)]);
        var value = text.ToString();
        yield return new SyntheticArticle(
            $"synthetic-{n}",
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value))),
            value,
            $"synthetic/{n}.txt",
            first.Length > 120 ? first[..120] : first,
            start.AddDays(random.Next(7 * 365)));
    }
}

internal sealed record Timing(string Query, string Kind, double Ms, long Total, bool Capped, SearchOrder Order);

internal sealed record SyntheticArticle(string Id, string Hash, string Text, string Source, string Title, DateOnly Published);
