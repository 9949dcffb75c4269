using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Vigil.Cli.Input;
using Vigil.Reading;

namespace Vigil.Cli.Commands;

/// <summary>
/// The options several commands share, made fresh for each command so that each help page lists
/// its own, with one spelling and one description everywhere.
/// </summary>
public static class VigilOptions
{
    public const string DefaultDatabase = "vigil.db";
    public const int DefaultPort = Vigil.Web.VigilWebOptions.DefaultPort;

    public static Option<string> Database() => new("--db")
    {
        Description = "The database: a SQLite file (created when missing), or a PostgreSQL database as postgres://USER:PASSWORD@HOST:PORT/NAME.",
        HelpName = "DB",
        DefaultValueFactory = _ => DefaultDatabase,
    };

    public static Option<DateOnly?> Published() => new("--published")
    {
        Description = "Publication date (YYYY-MM-DD) for articles whose input gives none.",
        HelpName = "YYYY-MM-DD",
        CustomParser = ParseDate,
    };

    // No DefaultValueFactory for the sizes: help would print the default in bytes; the description says it readably.
    public static Option<long?> MaxArticleSize() => new("--max-article-size")
    {
        Description = $"Largest article accepted (a file, or one JSONL line or WARC record), e.g. 20MB, 512KB or bytes [default: {ByteSize.Format(ReadOptions.DefaultMaxArticleBytes)}].",
        HelpName = "SIZE",
        CustomParser = ParseSize,
    };

    public static Option<long?> MaxFileSize() => new("--max-file-size")
    {
        Description = $"Largest file read whole (text, HTML, a feed) accepted after decompression, e.g. 200MB; JSONL and WARC files are read a record at a time, whatever their size [default: {ByteSize.Format(ReadOptions.DefaultMaxFileBytes)}].",
        HelpName = "SIZE",
        CustomParser = ParseSize,
    };

    /// <summary>A size option (20MB, 512KB or bytes) whose description says its default readably.</summary>
    public static Option<long?> Size(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "SIZE",
        CustomParser = ParseSize,
    };

    /// <summary>A count a minute, 0 for none.</summary>
    public static Option<int> PerMinute(string name, string description, int defaultValue) => new(name)
    {
        Description = $"{description} [default: {defaultValue}; 0 for no limit].",
        HelpName = "N",
        DefaultValueFactory = _ => defaultValue,
        Validators =
        {
            result =>
            {
                if (result.GetValueOrDefault<int>() < 0)
                    result.AddError($"{name} must be 0 or more.");
            },
        },
    };

    public static Option<int> Port() => new("--port")
    {
        Description = "Port to listen on at 127.0.0.1; 0 picks a free one (the printed URL tells which).",
        HelpName = "N",
        DefaultValueFactory = _ => DefaultPort,
        Validators =
        {
            result =>
            {
                if (result.GetValueOrDefault<int>() is < 0 or > 65535)
                    result.AddError("--port must be between 0 and 65535.");
            },
        },
    };

    public static Argument<string[]> Paths() => new("PATH")
    {
        Description = "Files, folders or URLs to read (folders recursively, in name order); '-' reads standard input. " +
                      "Formats by ending: .txt, .html/.htm, .jsonl, .rss/.atom (and a named .xml) feeds, .warc, each optionally .gz; " +
                      "an http(s) URL is fetched and read as a feed or a page.",
        Arity = ArgumentArity.OneOrMore,
        Validators = { RejectUnknownOptions },
    };

    /// <summary>
    /// The parser hands a token like <c>--frobnicate</c> to the paths when no option claims it; a
    /// mistyped option must be a usage error, not a file that is not found. (A file whose name
    /// starts with a dash can still be given as ./-name.)
    /// </summary>
    private static void RejectUnknownOptions(ArgumentResult result)
    {
        foreach (var token in result.Tokens)
            if (token.Value.Length > 1 && token.Value[0] == '-')
                result.AddError($"unknown option '{token.Value}'.");
    }

    private static DateOnly? ParseDate(ArgumentResult result)
    {
        var value = result.Tokens[0].Value;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        result.AddError($"'{value}' is not a date in the form YYYY-MM-DD.");
        return null;
    }

    private static long? ParseSize(ArgumentResult result)
    {
        var value = result.Tokens[0].Value;
        if (ByteSize.TryParse(value, out var bytes))
            return bytes;
        result.AddError($"'{value}' is not a size: use bytes or a number with KB, MB or GB, like 20MB.");
        return null;
    }
}

/// <summary>The reading options of <c>analyze</c> and <c>ingest</c>, added to a command together.</summary>
public sealed class ReadingOptions
{
    public Option<DateOnly?> Published { get; } = VigilOptions.Published();
    public Option<long?> MaxArticleSize { get; } = VigilOptions.MaxArticleSize();
    public Option<long?> MaxFileSize { get; } = VigilOptions.MaxFileSize();
    public Argument<string[]> Paths { get; } = VigilOptions.Paths();

    public Option<int> FetchTimeout { get; } = new("--fetch-timeout")
    {
        Description = "Seconds allowed for fetching one URL, answer and body included.",
        HelpName = "SECONDS",
        DefaultValueFactory = _ => 30,
        Validators =
        {
            result =>
            {
                if (result.GetValueOrDefault<int>() is < 1 or > 3600)
                    result.AddError("--fetch-timeout must be between 1 and 3600 seconds.");
            },
        },
    };

    public Option<bool> AllowPrivateUrls { get; } = new("--allow-private-urls")
    {
        Description = "Fetch URLs that resolve to loopback, private or link-local addresses (refused by default, so a feed list cannot reach into this machine's network).",
    };

    public Option<string?> FetchState { get; } = new("--fetch-state")
    {
        Description = "A file that keeps each fetched URL's ETag and Last-Modified between runs, so an unchanged feed is not read again " +
                      "(ingest keeps one beside a SQLite database by default).",
        HelpName = "FILE",
    };

    public void AddTo(Command command)
    {
        command.Add(Published);
        command.Add(MaxArticleSize);
        command.Add(MaxFileSize);
        command.Add(FetchTimeout);
        command.Add(AllowPrivateUrls);
        command.Add(FetchState);
        command.Add(Paths);
    }

    /// <param name="defaultFetchState">The fetch-state file to use when --fetch-state is not given; null for none.</param>
    public ReadOptions ToReadOptions(ParseResult parse, string? defaultFetchState = null) => new()
    {
        DefaultPublished = parse.GetValue(Published),
        MaxArticleBytes = parse.GetValue(MaxArticleSize) ?? ReadOptions.DefaultMaxArticleBytes,
        MaxFileBytes = parse.GetValue(MaxFileSize) ?? ReadOptions.DefaultMaxFileBytes,
        FetchTimeout = TimeSpan.FromSeconds(parse.GetValue(FetchTimeout)),
        AllowPrivateAddresses = parse.GetValue(AllowPrivateUrls),
        FetchState = (parse.GetValue(FetchState) ?? defaultFetchState) is { } state ? Vigil.Reading.Web.FetchState.Load(state) : null,
    };

    public IReadOnlyList<string> GetPaths(ParseResult parse) => parse.GetValue(Paths) ?? [];
}
