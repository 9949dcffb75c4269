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
/// recently given that title; a public figure's role, a nationality or a party as the subject of a
/// clause ("the senator said", "the Australian shot 69") to the person the story is about. Pronouns
/// inside quotations speak of someone the speaker knows, not the article's last-named person, and
/// are left alone.
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
        var paired = QuotationPairer.Pair(document);
        var quotations = new SortedSpans(paired.Select(q => q.Span));
        // a person named in a quotation is spoken of, unless the quotation is a title ("his radio show,
        // “Generations with Kevin Swanson,”"): there the name says who the story is about
        var speech = new SortedSpans(paired.Where(q => !tokens.IsTitleOfWork(q.OpenToken, q.CloseToken)).Select(q => q.Span));
        var boilerplate = new SortedSpans(document.Boilerplate.Select(b => b.Span));
        var people = new PeopleInDocument(tokens, document.Entities, _gazetteer);
        // a nationality or a party names one of its people ("the Australian"); a faith's "the Christian leader" is seldom the story's main actor
        var affiliations = document.Entities
            .Where(e => e.Type == EntityType.Norp && e.ActorId is { } id && _gazetteer.FindById(id) is { Kind: "nationality" or "political" })
            .SelectMany(e => e.Mentions).ToHashSet();

        for (var t = 0; t < tokens.Count; t++)
        {
            if (quotations.AnyContains(tokens.Tokens[t].Span) || boilerplate.AnyContains(tokens.Tokens[t].Span)) continue;
            var word = tokens[t];
            if (Pronouns.GenderOf(word) is { } gender)
            {
                if (people.MostSalientBefore(t, gender, Pronouns.IsObject(tokens, t), MaxSentencesBack, speech) is { } person)
                    people.AddReference(person, tokens.Tokens[t].Span, gender);
            }
            else if (tokens.Is(t, "the") && PersonByAffiliation(tokens, t, affiliations) is { } last)
            {
                // one named in the same sentence would be "he" ("With Mr. Manafort's help, … wrote the American ambassador")
                if (people.MostSalientBefore(t, gender: null, isObject: false, MaxSentencesBack, speech, earlierSentencesOnly: true) is { } person)
                    people.AddReference(person, tokens.Span(t, last), gender: null);
            }
            else if (tokens.Is(t, "the") && RoleAfterModifiers(tokens, t) is { } roleAt && !tokens.Is(roleAt + 1, "of"))
            {
                // "the secretary": the one the article titled so; "the candidate said", "The former governor, who …":
                // a public figure's role as a subject, with no one titled so, is the one the story is about
                var role = tokens.GetString(roleAt);
                var holder = people.LatestTitled(t, role);
                // the latest salient person and the one named most agree: a description names no one when they do not
                // (or, where they differ, the latest salient one when they were the subject of the sentence just before, which the
                // description goes on about, and no title or gender of theirs rules the role out: "Mike Pence says … The Indiana
                // governor said"; on PolNeAR 10 of 13 such are right, and a description of a named person is no speaker's name)
                if (holder is null && WordClasses.Contains(PublicFigureRoles, role) && IsSubject(tokens, t, roleAt)
                    && people.MostSalientBefore(t, GenderOfRole(role), isObject: false, MaxSentencesBack, speech, earlierSentencesOnly: true) is { } salient
                    && (people.MostProminentBefore(t, MaxSentencesBack, speech) == salient
                        || people.IsSubjectOfSentenceBefore(salient, t) && !TitleRulesOut(people.TitleOf(salient))))
                    holder = salient;
                if (holder is { } person)
                    people.AddReference(person, tokens.Span(t, roleAt), gender: null);
            }
        }
        return document with { Entities = people.ToEntities() };
    }

    /// <summary>
    /// "The Australian shot 69", "…,” the Russian leader said": one person named by nationality or
    /// party (and a role) as the subject of a clause (<see cref="IsSubject"/>); where the description
    /// ends, or null. Elsewhere such a description is a predicate or an apposition ("Trump, the
    /// Republican nominee,", "if Clinton is the Democratic nominee") or names someone new ("a lecture
    /// from the Mexican president"). Nationalities that name a whole people ("the British said",
    /// "the Chinese") and plurals are left alone.
    /// </summary>
    private static int? PersonByAffiliation(TokenText tokens, int the, HashSet<TextSpan> affiliations)
    {
        var i = the + 1;
        if (i + 1 >= tokens.Count || !affiliations.Contains(tokens.Tokens[i].Span)) return null;
        var word = tokens[i];
        if (word.EndsWith("s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("sh", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("ch", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ese", StringComparison.OrdinalIgnoreCase)) return null;
        var last = IsRoleNoun(tokens, i + 1) ? i + 1 : i;
        return IsSubject(tokens, the, last) ? last : null;
    }

    /// <summary>
    /// Whether the description from <paramref name="the"/> to <paramref name="last"/> is the subject
    /// of its clause: opening its sentence before a verb or a comma (not one before a name: "The
    /// Mexican president, Enrique Peña Nieto,"), after a quotation or a comma before a verb, or
    /// after a speech verb at the sentence's end.
    /// </summary>
    private static bool IsSubject(TokenText tokens, int the, int last)
    {
        if (last + 1 >= tokens.Count) return false;
        var next = tokens[last + 1];
        var verbAfter = WordClasses.Contains(WordClasses.FiniteAuxiliaries, next) || WordClasses.IsPastTense(next) || IsReportingVerb(next) || next is "also";
        if (the == tokens.Sentence(tokens.SentenceOf(the)).FirstToken)
            return verbAfter || tokens.IsComma(last + 1) && !tokens.IsCapitalized(last + 2);
        // "…,” the Russian leader said.", "…, the Republican said this week"
        if (tokens.IsQuoteMark(the - 1) || tokens.IsComma(the - 1))
            return verbAfter;
        return the > 0 && IsReportingVerb(tokens[the - 1]) && (tokens.IsComma(last + 1) || tokens.IsChar(last + 1, '.'));
    }

    /// <summary>
    /// Where the role noun of "the [modifiers] role" stands: "the senator", "the former Florida
    /// governor", "the presumptive Republican presidential nominee"; or null.
    /// </summary>
    private static int? RoleAfterModifiers(TokenText tokens, int the)
    {
        for (var k = the + 1; k < tokens.Count && k - the <= 4; k++)
        {
            if (IsRoleNoun(tokens, k)) return k;
            if (!tokens.IsWord(k) || !(tokens.IsCapitalized(k) || WordClasses.Contains(RoleModifiers, tokens[k]))) return null;
        }
        return null;
    }

    /// <summary>
    /// The gender a role noun carries, which rules out a person known to be of the other: the titles
    /// list's ("king", "chairwoman"), else that of the role nouns it lacks or lists without one.
    /// </summary>
    private char? GenderOfRole(string role) => _gazetteer.FindTitle(NameKey.For(role)) is { Gender: { } gender } ? gender : role.ToLowerInvariant() switch
    {
        "businessman" or "congressman" => Pronouns.Masculine,
        "businesswoman" or "congresswoman" or "actress" => Pronouns.Feminine,
        _ => null,
    };

    /// <summary>Whether a person's title makes them one who asks or reports rather than the public figure a role names.</summary>
    private static bool TitleRulesOut(string? title) =>
        title is not null && title.Split(' ').Any(w => WordClasses.Contains(ReportingRoles, w));

    private static readonly FrozenSet<string> ReportingRoles = new[]
    {
        "host", "anchor", "moderator", "journalist", "reporter", "correspondent", "columnist", "commentator", "interviewer", "editor",
        "analyst", "pollster", "spokesman", "spokeswoman", "spokesperson",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that qualify a role without making it another ("the former governor", "the presumptive nominee").</summary>
    private static readonly FrozenSet<string> RoleModifiers = new[]
    {
        "former", "presumptive", "presidential", "current", "outgoing", "incoming", "retired", "veteran", "embattled",
        "longtime", "likely", "top", "billionaire", "then", "first-term", "two-term", "vice",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Roles that a story's main actor is called by ("the candidate", "the senator"); not those of
    /// someone new and unnamed ("the official said", "the spokesman added").
    /// </summary>
    private static readonly FrozenSet<string> PublicFigureRoles = new[]
    {
        "president", "senator", "governor", "mayor", "candidate", "nominee", "congressman", "congresswoman", "chancellor",
        "premier", "king", "queen", "prince", "pope", "leader", "businessman", "businesswoman", "billionaire", "mogul",
        "actor", "actress", "singer", "star", "coach",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A speech verb in a finite form ("said", "says", "told"): "see" and "state" are as often other words.</summary>
    private static bool IsReportingVerb(ReadOnlySpan<char> word) =>
        CueLexicon.TryGet(word, out var lemma, out _) && !word.Equals(lemma, StringComparison.OrdinalIgnoreCase);

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

    /// <summary>
    /// "him" and "her" as objects: not the subject of their own clause ("Trump praised him"). A
    /// "her" before a noun is a possessive ("Clinton delivered her speech"), which may well be.
    /// </summary>
    public static bool IsObject(TokenText tokens, int i) =>
        tokens.Is(i, "him") || tokens.Is(i, "her") && !(tokens.IsWord(i + 1) && !tokens.IsAny(i + 1, WordsAfterAnObject));

    /// <summary>Words that follow an object "her" rather than a noun it owns ("told her that", "asked her to", "called her a liar").</summary>
    private static readonly FrozenSet<string> WordsAfterAnObject = new[]
    {
        "to", "in", "on", "at", "for", "with", "that", "and", "or", "as", "from", "of", "about", "the", "a", "an", "this",
        "these", "those", "back", "up", "down", "out", "off", "away", "over", "into", "if", "when", "because", "but",
        "after", "before", "by", "than", "so", "too", "again", "now", "then", "not", "what", "how", "why", "where", "who",
        "is", "was", "she", "he", "they", "we", "i", "you", "it", "there", "here", "last", "next", "during", "through",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
