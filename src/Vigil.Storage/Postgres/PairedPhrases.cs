namespace Vigil.Storage.Postgres;

/// <summary>
/// A query as the index of neighbouring words takes it (<see cref="PostgresTextQuery.ToPairedPhrases"/>):
/// the phrases that have pairs of plain words, those pairs, and the rest.
/// </summary>
/// <param name="Phrases">The argument of <c>to_tsquery</c> for the phrases with pairs: checked row by row.</param>
/// <param name="Pairs">Their pairs of neighbouring words, every one of which a match holds.</param>
/// <param name="OtherTerms">The argument of <c>to_tsquery</c> for the rest of the query, or null.</param>
public sealed record PairedPhrases(string Phrases, IReadOnlyList<string> Pairs, string? OtherTerms)
{
    /// <summary>The pairs as a <c>tsquery</c> that needs them all (a pair's space makes it one quoted lexeme).</summary>
    public string PairsTsQuery => string.Join(" & ", Pairs.Select(p => "'" + p + "'"));
}
