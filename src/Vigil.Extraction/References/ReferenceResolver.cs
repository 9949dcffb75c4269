using Vigil.Collections;
using Vigil.Documents;
using Vigil.Extraction.Entities;
using Vigil.Extraction.Quotes;
using Vigil.Pipeline;

namespace Vigil.Extraction.References;

/// <summary>
/// Adds to each person the pronouns ("he", "her") and role nouns ("the secretary", "the envoy")
/// that refer to them, as <see cref="Entity.References"/>. A pronoun goes to the most salient
/// person before it: a recent one, preferably the subject of its sentence or the one already
/// referred to, never one of the other gender (known from a title such as "Mrs." or
/// "spokeswoman", or from a pronoun resolved earlier). A role noun goes to the person most
/// recently given that title. Pronouns inside quotations speak of someone the speaker knows, not
/// the article's last-named person, and are left alone.
/// </summary>
public sealed class ReferenceResolver : IDocumentStage
{
    private const int MaxSentencesBack = 4;

    private readonly Gazetteer _gazetteer;

    public ReferenceResolver(Gazetteer? gazetteer = null) => _gazetteer = gazetteer ?? Gazetteer.Default;

    public string Name => "references";
    public AnnotationLayers Requires => AnnotationLayers.Tokens | AnnotationLayers.Sentences | AnnotationLayers.Entities;
    public AnnotationLayers Provides => AnnotationLayers.References;

    public Document Process(Document document)
    {
        if (!document.Entities.Any(e => e.Type == EntityType.Person)) return document;
        var tokens = new TokenText(document);
        var quotations = new SortedSpans(QuotationPairer.Pair(document).Select(q => q.Span));
        var boilerplate = new SortedSpans(document.Boilerplate.Select(b => b.Span));
        var people = new PeopleInDocument(tokens, document.Entities, _gazetteer);

        for (var t = 0; t < tokens.Count; t++)
        {
            if (quotations.AnyContains(tokens.Tokens[t].Span) || boilerplate.AnyContains(tokens.Tokens[t].Span)) continue;
            var word = tokens[t];
            if (Pronouns.GenderOf(word) is { } gender)
            {
                if (people.MostSalientBefore(t, gender, Pronouns.IsObject(word), MaxSentencesBack, quotations) is { } person)
                    people.AddReference(person, tokens.Tokens[t].Span, gender);
            }
            else if (tokens.Is(t, "the") && IsRoleNoun(tokens, t + 1) && !tokens.Is(t + 2, "of"))
            {
                var role = tokens.GetString(t + 1);
                if (people.LatestTitled(t, role) is { } holder)
                    people.AddReference(holder, tokens.Span(t, t + 1), gender: null);
            }
        }
        return document with { Entities = people.ToEntities() };
    }

    private static bool IsRoleNoun(TokenText tokens, int i) =>
        tokens.IsWord(i) && !tokens.IsCapitalized(i) && WordClasses.Contains(WordClasses.RoleNouns, tokens[i]);
}

/// <summary>The third-person pronouns that refer to a person, by grammatical gender.</summary>
internal static class Pronouns
{
    public const char Masculine = 'm';
    public const char Feminine = 'f';

    public static char? GenderOf(ReadOnlySpan<char> word) =>
        word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("him", StringComparison.OrdinalIgnoreCase)
        || word.Equals("his", StringComparison.OrdinalIgnoreCase) || word.Equals("himself", StringComparison.OrdinalIgnoreCase) ? Masculine
        : word.Equals("she", StringComparison.OrdinalIgnoreCase) || word.Equals("her", StringComparison.OrdinalIgnoreCase)
        || word.Equals("hers", StringComparison.OrdinalIgnoreCase) || word.Equals("herself", StringComparison.OrdinalIgnoreCase) ? Feminine
        : null;

    /// <summary>"him" and "her" as objects: not the subject of their own clause ("Trump praised him").</summary>
    public static bool IsObject(ReadOnlySpan<char> word) =>
        word.Equals("him", StringComparison.OrdinalIgnoreCase) || word.Equals("her", StringComparison.OrdinalIgnoreCase);
}
