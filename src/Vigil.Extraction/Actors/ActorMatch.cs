using Vigil.Documents;

namespace Vigil.Extraction.Actors;

/// <summary>How a name was matched to an actor, strongest first.</summary>
public enum MatchKind
{
    /// <summary>The actor's canonical name, spelled as the registry spells it (up to case, accents and punctuation).</summary>
    Name,
    /// <summary>One of the actor's aliases.</summary>
    Alias,
    /// <summary>A transliteration or translation variant of a name or alias ("Anthony Brinken" for Antony Blinken).</summary>
    Tolerant,
}

/// <summary>An actor a name resolved to, how, and how sure the match is (0 to 1).</summary>
public sealed record ActorMatch(Actor Actor, MatchKind Kind, double Confidence);
