using Vigil.Documents;

namespace Vigil.Reading;

/// <summary>What reading one input (a file, a JSONL line, standard input) gave: an article or the reason it gave none.</summary>
public abstract record ReadOutcome(string Source);

/// <summary>An article ready for analysis: its text (never to be edited again) and what the input said about it.</summary>
public sealed record ArticleRead(Document Document) : ReadOutcome(Document.Metadata.Source);

/// <summary>An input that could not be read, with a reason fit to show the user ("not valid UTF-8 at byte 1234").</summary>
public sealed record ReadFailure(string Source, string Reason) : ReadOutcome(Source);
