namespace Vigil.Documents;

/// <summary>The kinds of commitment of ../shared/eval/COMMITMENTS.md.</summary>
public enum CommitmentKind
{
    /// <summary>The actor says it will do something: "pledged to push for an amendment".</summary>
    Promise,
    /// <summary>A term of a deal, treaty or arrangement the actor has agreed to; each term is one commitment.</summary>
    Agreement,
    /// <summary>A harmful or punitive act the actor commits to, usually on a condition: "can still attack the Taliban".</summary>
    Threat,
    /// <summary>A condition the actor sets on its own future act: "relations depend on how the movement exercises its powers".</summary>
    Condition,
    /// <summary>A commitment not to act, or a denial that any commitment was made: "No promises were made".</summary>
    Refusal,
}

/// <summary>The word that carries a commitment's force: a modal verb, or a verb that reports one.</summary>
public enum CommitmentModality
{
    /// <summary>A verb or noun that reports the commitment: "vowed to", "agreed to", "his promise to".</summary>
    Reported,
    Will,
    Would,
    Shall,
    /// <summary>"going to", "is set to".</summary>
    GoingTo,
    /// <summary>"must", "must not": an obligation the actor states for itself.</summary>
    Must,
    /// <summary>"can", "could": a capability held in reserve, counted only as a threat ("can still attack").</summary>
    Can,
}

/// <summary>
/// A statement in which an actor binds itself to a future act or outcome, so that someone could
/// later check whether it was kept. <see cref="Span"/> is the committed act, as short as stays
/// self-explanatory ("allow Afghans to leave the country if they wanted to").
/// </summary>
public sealed record Commitment(TextSpan Span, CommitmentKind Kind)
{
    /// <summary>The <see cref="Entity.Id"/> of who is bound, when it is an entity of the article.</summary>
    public string? ActorId { get; init; }

    /// <summary>Who is bound: an entity's canonical name ("United States", "Taliban") or a description ("One Republican").</summary>
    public string? ActorName { get; init; }

    /// <summary>The <see cref="Entity.Id"/> of who voiced it, when someone other than the actor did.</summary>
    public string? SpeakerId { get; init; }

    /// <summary>Who voiced it, when different from the actor: the spokesperson, the envoy, the lawyer.</summary>
    public string? SpeakerName { get; init; }

    /// <summary>To whom it is made, or whom it is aimed at, when the text says.</summary>
    public string? Beneficiary { get; init; }

    public string? BeneficiaryId { get; init; }

    /// <summary>The condition it hangs on ("if American citizens are threatened"), as a span of the text.</summary>
    public TextSpan? Condition { get; init; }

    /// <summary>The date or period stated for it ("by March of next year"), as a span of the text.</summary>
    public TextSpan? Deadline { get; init; }

    /// <summary>The deadline resolved against the publication date, when it can be.</summary>
    public DateInterval? DeadlineInterval { get; init; }

    /// <summary>The word or words that carry the commitment: "vowed", "will", "agreed to".</summary>
    public TextSpan? Cue { get; init; }

    public CommitmentModality Modality { get; init; }

    /// <summary>True when the actor commits not to act ("will not", "vowed never to", "refused to").</summary>
    public bool Negated { get; init; }
}
