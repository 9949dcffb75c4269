namespace Vigil.Documents;

/// <summary>Where an actor's record comes from, which decides how freely names may be matched to it.</summary>
public enum ActorOrigin
{
    /// <summary>Bundled with Vigil (gazetteers, sanctions lists): names may match tolerantly.</summary>
    Registry,
    /// <summary>Added by the user (a watch list): names may match tolerantly.</summary>
    WatchList,
    /// <summary>
    /// Created from a name an article used that no registry holds: other articles join it only by
    /// the exact name or one of its aliases, never by a tolerant match.
    /// </summary>
    Seen,
}

/// <summary>
/// One person, organisation or place across every article: its canonical name (the readable form
/// a newsroom writes), the other names it goes by, and, where known, its role and affiliation.
/// <see cref="Id"/> names the source ("un:TAi.024", "ofac:6636", "wd:Q123", "iso:AF", "user:...",
/// "seen:...") and is what an article's <see cref="Entity.ActorId"/> points at.
/// </summary>
public sealed record Actor(string Id, string Name, EntityType Type, ImmutableArray<string> Aliases)
{
    public ActorOrigin Origin { get; init; } = ActorOrigin.Registry;

    /// <summary>The office or role ("National Security Adviser"), when known.</summary>
    public string? Role { get; init; }

    /// <summary>The ISO 3166 code of the country the actor belongs to ("AF"), when known.</summary>
    public string? Country { get; init; }

    /// <summary>The organisation the actor belongs to or serves ("White House"), when known.</summary>
    public string? Organisation { get; init; }
}
