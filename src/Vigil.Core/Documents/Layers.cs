namespace Vigil.Documents;

/// <summary>A block of text separated from its neighbours by a blank line or a line break.</summary>
public readonly record struct Paragraph(TextSpan Span);

/// <summary>A sentence, with the range of tokens it holds in <see cref="Document.Tokens"/>.</summary>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount, int Paragraph)
{
    public int EndToken => FirstToken + TokenCount;
}

public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    /// <summary>Any quotation mark, straight or curly, single or double, guillemet or doubled apostrophe/backtick.</summary>
    QuoteMark,
    /// <summary>An em or en dash, or a hyphen standing as a dash ("leave-this is").</summary>
    Dash,
    Symbol,
}

public readonly record struct Token(TextSpan Span, TokenKind Kind)
{
    public int Start => Span.Start;
    public int End => Span.End;
}

public enum BoilerplateKind
{
    Caption,
    Credit,
    Trailer,
    Related,
    Navigation,
    Other,
}

/// <summary>Text that belongs to the page rather than the story: kept in the text, marked here.</summary>
public sealed record BoilerplateSpan(TextSpan Span, BoilerplateKind Kind);

public enum EntityType
{
    Person,
    Org,
    /// <summary>A geopolitical entity: a country, state or city with a government.</summary>
    Gpe,
    Loc,
    /// <summary>A nationality, religious or political group ("Afghan", "Republicans").</summary>
    Norp,
    Fac,
    Event,
    Other,
}

/// <summary>
/// One actor as this article names it: its canonical name, every spelling the article uses
/// (<see cref="Aliases"/>), where it is named (<see cref="Mentions"/>), and where pronouns or role
/// nouns refer to it (<see cref="References"/>).
/// </summary>
public sealed record Entity(
    string Id,
    string Name,
    EntityType Type,
    ImmutableArray<string> Aliases,
    ImmutableArray<TextSpan> Mentions,
    ImmutableArray<TextSpan> References)
{
    /// <summary>A title or role the article gives the actor ("Secretary of State"), when it gives one.</summary>
    public string? Title { get; init; }

    /// <summary>The <see cref="Actor.Id"/> this entity was resolved to, or null when no actor is known for it.</summary>
    public string? ActorId { get; init; }

    /// <summary>
    /// How sure the link to <see cref="ActorId"/> is, from 0 to 1: 1 for the registry's own name or
    /// alias, less for a tolerant match ("Anthony Brinken" for Antony Blinken); null without an actor.
    /// </summary>
    public double? Confidence { get; init; }
}

public enum QuoteKind
{
    /// <summary>The whole content stands between quotation marks.</summary>
    Direct,
    /// <summary>Part of the content stands between quotation marks.</summary>
    Mixed,
    /// <summary>Reported speech with no quotation marks.</summary>
    Indirect,
}

/// <summary>
/// Who said what: the content span (<see cref="Span"/>), the cue that attributes it ("said",
/// "according to"), the mention the cue attaches to (<see cref="Source"/>, possibly a pronoun)
/// and the speaker that mention resolves to.
/// </summary>
public sealed record Quote(TextSpan Span, QuoteKind Kind)
{
    public TextSpan? Cue { get; init; }
    public TextSpan? Source { get; init; }
    /// <summary>The <see cref="Entity.Id"/> of the speaker, when the speaker is a named entity.</summary>
    public string? SpeakerId { get; init; }
    /// <summary>The fullest name the article gives the speaker, or a description ("an Indian official"); never a pronoun.</summary>
    public string? SpeakerName { get; init; }
}
