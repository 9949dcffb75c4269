using Vigil.Documents;

namespace Vigil.Extraction.Quotes;

/// <summary>An attribution found in the text, before its speaker is resolved.</summary>
internal sealed record Attribution(TextSpan Content)
{
    /// <summary>The tokens of the cue ("said", "according to", a colon or dash), when there is one.</summary>
    public TokenRange? Cue { get; init; }

    /// <summary>The tokens of the phrase the cue attaches to.</summary>
    public TokenRange? Source { get; init; }

    /// <summary>A bare quotation that continues an earlier speaker's attribution.</summary>
    public Attribution? Continues { get; init; }

    /// <summary>Whether the attribution was found from quotation marks (rather than from a cue verb alone).</summary>
    public bool FromQuotation { get; init; }
}
