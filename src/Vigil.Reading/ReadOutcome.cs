using Vigil.Documents;

namespace Vigil.Reading;

/// <summary>What reading one input (a file, a JSONL line, standard input) gave: an article or the reason it gave none.</summary>
public abstract record ReadOutcome(string Source);

/// <summary>An article ready for analysis: its text (never to be edited again) and what the input said about it.</summary>
public sealed record ArticleRead(Document Document) : ReadOutcome(Document.Metadata.Source);

/// <summary>An input that could not be read, with a reason fit to show the user ("not valid UTF-8 at byte 1234").</summary>
public sealed record ReadFailure(string Source, string Reason) : ReadOutcome(Source);

/// <summary>
/// An HTML file read but not yet extracted, handed out only when <see cref="ReadOptions.DeferPageExtraction"/>
/// asks for it: extraction is most of a page's reading time, and a caller that analyses on several
/// threads can run <see cref="Extract"/> there rather than on the one thread that reads.
/// </summary>
public sealed record PageToExtract(string Source, Func<ReadOutcome> Extract) : ReadOutcome(Source);
