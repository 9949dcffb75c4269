using System.Text.RegularExpressions;
using Vigil.Documents;
using Vigil.Extraction.Entities;

namespace Vigil.Extraction.Quotes;

/// <summary>A run of tokens [First..Last] naming or describing who speaks.</summary>
internal readonly record struct TokenRange(int First, int Last)
{
    public int Length => Last - First + 1;
}

/// <summary>
/// Finds the noun phrase a cue verb attaches to, without a parser: walking left from "said" over
/// auxiliaries and adverbs to the subject ("Jen Psaki has repeatedly said"), past an apposition
/// ("Rudra Chowdhury, a senior lecturer at King's College, said"), or right of an inverted cue
/// ("said an Indian official who ..."). Phrases stop at words that open clauses or finish them.
/// </summary>
internal sealed partial class SpeakerPhrases(TokenText tokens)
{
    private const int MaxPhraseTokens = 16;

    /// <summary>The subject on the left of the cue at <paramref name="cue"/>, within the sentence starting at <paramref name="first"/>.</summary>
    public TokenRange? LeftOf(int cue, int first)
    {
        var i = cue - 1;
        while (i >= first && IsCueModifier(i)) i--;
        return SubjectEndingAt(i, first);
    }

    /// <summary>
    /// An auxiliary or adverb between a subject and its cue ("has also said", "on Tuesday said");
    /// capitalised, only a weekday: "Theresa May said" keeps its "May".
    /// </summary>
    public bool IsCueModifier(int i) =>
        tokens.IsAny(i, WordClasses.CueModifiers) && (!tokens.IsCapitalized(i) || tokens.IsAny(i, WordClasses.Weekdays))
        || IsInTimePhrase(i);

    /// <summary>
    /// "Wells Fargo just this month announced", "Fiorina a month later announced": a month or a
    /// year after "this", "last" or "next", or after "a" with "later" or "ago", tells when, not who.
    /// </summary>
    private bool IsInTimePhrase(int i)
    {
        if (tokens.IsAny(i, TimeNouns)) return tokens.IsAny(i - 1, TimeDeterminers) || tokens.IsAny(i - 1, Articles) && tokens.IsAny(i + 1, TimeAfterwords);
        return tokens.IsAny(i, Articles) && tokens.IsAny(i + 1, TimeNouns) && tokens.IsAny(i + 2, TimeAfterwords);
    }

    private static readonly FrozenSet<string> Conjunctions = new[] { "and", "or", "but", "nor" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> TimeNouns = new[] { "month", "year", "weekend", "day", "week" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> TimeDeterminers = new[] { "this", "last", "next", "that", "each", "every" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> Articles = new[] { "a", "an", "one" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> TimeAfterwords = new[] { "later", "ago", "earlier" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The subject whose last token is <paramref name="i"/>: a pronoun, a name past its apposition, or a noun phrase.</summary>
    public TokenRange? SubjectEndingAt(int i, int first)
    {
        if (i < first) return null;

        if (tokens.IsAny(i, WordClasses.RelativePronouns) && !tokens.Is(i, "that")) return new TokenRange(i, i);
        if (tokens.IsAny(i, WordClasses.PersonalPronouns)) return new TokenRange(i, i);
        if (tokens.IsComma(i) && ParenthesisEndingAt(i - 1, first) is var open and > 0 && PhraseEndingAt(open - 1, first) is { } party && tokens.IsNameWord(party.Last))
            return party;   // "Gov. John Kasich (R-OH), said"
        // "The two lawmakers, however, argue": the adverb and its commas stand between the subject and the cue
        // (not the tail of a list: "two airplanes - the 757 and a jet - and three helicopters, however, suggests")
        if (tokens.IsComma(i) && tokens.IsAny(i - 1, WordClasses.ConnectiveAdverbs) && tokens.IsComma(i - 2))
            return SubjectEndingAt(i - 3, first) is { } subject && !tokens.IsAny(subject.First, Conjunctions) ? subject : null;
        if (tokens.IsComma(i))
        {
            // "Rudra Chowdhury, a senior lecturer at King's College London, said"
            var opening = PreviousComma(i - 1, first, maxDistance: 30);
            // "Cecelia Purner, 67, a retired customer service representative in Allentown, Pa., said": the state after the town ends the apposition
            // (not a congressman's party and state: "Rep. Chris Collins, R-N.Y., noted")
            if (opening >= 0 && StateAfterTownEndingAt(i - 1, first) == opening && !tokens.IsInPersonName(opening - 1)) opening = PreviousComma(opening - 1, first, maxDistance: 30);
            if (opening < 0) return null;
            // "Donna Sampson Rawlings, 59, of Ashton, Md., who watched …, said": an age and a residence are asides too
            for (var hops = 0; hops < 4 && AsideEndingAt(opening - 1, first) is var previous and >= 0; hops++) opening = previous;
            // "Paul Porter, a truck driver from Ava, Mo., who is a member of the union, said": the state after a town stays with the town
            if (StateAfterTownEndingAt(opening - 1, first) is var town and >= 0) opening = town;
            var named = PhraseEndingAt(opening - 1, first);
            if (named is { } n && tokens.IsNameWord(n.Last)) return NamedBeforeDescriptions(n, first) ?? n;
            // "Giovanni Maria Vian, the editor in chief of the Vatican's newspaper, L'Osservatore Romano, said":
            // a description that is itself an apposition names the thing it describes, not the speaker
            if (named is { } description && NamedBeforeDescriptions(description, first) is { } earlier && tokens.IsInPersonName(earlier.Last)) return earlier;
            // "A lawyer for the news outlets, David Schulz, said": the name is the apposition
            return named is { } described && tokens.IsNameWord(i - 1) && PhraseEndingAt(i - 1, opening + 1) is { } name && name.First == opening + 1
                ? new TokenRange(described.First, name.Last)
                : null;
        }
        var phrase = PhraseEndingAt(i, first);
        // "Stacy Baker of Columbia, South Carolina says": the state belongs to the town of the phrase before it
        if (phrase is { } state && IsStateAfterTown(state.First - 1, state.Last) && PhraseEndingAt(state.First - 2, first) is { } resident
            && HasResidence(resident))
            return resident;
        return phrase is { } p && DescribedByParticiple(p.First, first) is { } head ? head : phrase;
    }

    /// <summary>
    /// "Dean Johnson, a 55-year-old salesman from Sumter, South Carolina, says", "Jean-Marc Ayrault,
    /// the foreign minister of France, a permanent member of the Security Council, said": a phrase
    /// that describes (it opens with an article or a lower-case word) is one more apposition when a
    /// name stands before it, past a comma or a relative clause ("Eddie Griffin, who at the time was
    /// a member of the AfroSpear, a group of black bloggers, said"); the name, or null.
    /// </summary>
    private TokenRange? NamedBeforeDescriptions(TokenRange phrase, int first)
    {
        for (var hops = 0; hops < 3 && Describes(phrase); hops++)
        {
            var comma = phrase.First - 1;
            if (!tokens.IsComma(comma))
            {
                // "who at the time was a member of …": back to the comma that opens the relative clause
                comma = -1;
                for (var k = phrase.First - 1; k > first && phrase.First - k <= 12; k--)
                {
                    if (tokens.IsComma(k) && tokens.IsAny(k + 1, WordClasses.RelativePronouns) && !tokens.Is(k + 1, "that")) { comma = k; break; }
                    if (tokens.IsQuoteMark(k) || tokens.IsSentenceEndPunctuation(k)) break;
                }
                if (comma < 0) return null;
            }
            if (PhraseEndingAt(comma - 1, first) is not { } before) return null;
            // not a name a preposition governs ("In addition to Mr. Regalado, two members of Congress, … have said")
            if (!Describes(before))
                return tokens.IsNameWord(before.Last) && (before.Length > 1 || tokens.IsInName(before.First))
                       && !(tokens.IsWord(before.First - 1) && Clauses.ClauseWords.Contains(Clauses.ClauseWords.Prepositions, tokens[before.First - 1])) ? before : null;
            phrase = before;
        }
        return null;
    }

    /// <summary>A phrase that describes rather than names: it opens with an article or a lower-case word ("a salesman", "president of").</summary>
    private bool Describes(TokenRange phrase) =>
        !tokens.IsCapitalized(phrase.First) && !tokens.Is(phrase.First, "and") && !tokens.Is(phrase.First, "or") || tokens.IsAny(phrase.First, WordClasses.Determiners);

    /// <summary>
    /// "Protesters marching through the streets chanted", "Officials speaking on condition of
    /// anonymity said": the phrase before the cue ends a participle's adjunct; the subject is the
    /// noun phrase the participle describes.
    /// </summary>
    private TokenRange? DescribedByParticiple(int start, int first)
    {
        var k = start - 1;
        if (k - 2 < first || !tokens.IsAny(k, ParticiplePrepositions)) return null;
        var participle = k - 1;
        if (!tokens.IsWord(participle) || tokens.IsCapitalized(participle) || !tokens[participle].EndsWith("ing", StringComparison.Ordinal)
            || tokens[participle].Length < 6 || IsCue(participle))
            return null;
        if (PhraseEndingAt(participle - 1, first) is not { } head) return null;
        var last = tokens[head.Last];
        var names = tokens.IsCapitalized(head.Last) || tokens.IsAny(head.Last, WordClasses.RoleNouns)
                    || last.EndsWith('s') && !last.EndsWith("ss", StringComparison.Ordinal);
        return names ? head : null;
    }

    private static readonly FrozenSet<string> ParticiplePrepositions = new[]
    {
        "through", "on", "in", "at", "near", "outside", "inside", "from", "to", "for", "with", "into", "across", "along", "around",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The phrase right of an inverted cue or after "according to": "said an Indian official who ..." gives "an Indian official".</summary>
    /// <param name="afterAccordingTo">After "according to" a cue word following a determiner is the phrase's noun ("according to the report").</param>
    public TokenRange? RightOf(int start, int sentenceEnd, bool afterAccordingTo = false)
    {
        var i = start;
        if (i > sentenceEnd || !tokens.IsWord(i)) return null;
        if (tokens.IsAny(i, WordClasses.PersonalPronouns)) return new TokenRange(i, i);
        var last = -1;
        var proper = false;
        for (; i <= sentenceEnd && i - start < MaxPhraseTokens; i++)
        {
            if (tokens.IsChar(i, '(') && proper)
            {
                var close = i + 1;
                while (close <= sentenceEnd && close - i < 8 && !tokens.IsChar(close, ')')) close++;
                if (close <= sentenceEnd && tokens.IsChar(close, ')')) { last = close; i = close; continue; }
                break;
            }
            // "Muqtada al - Sadr", "Jean - Pierre Bemba": a hyphen tokenised text sets apart inside a name the article names
            if (IsSpacedHyphenInName(i) && i > start)
            {
                last = i;
                continue;
            }
            if (!tokens.IsWord(i)) break;
            // "the event organizer Alliance to Reclaim Our Schools": a lower-case word inside a name the article names is part of the phrase
            if (i > start && !tokens.IsCapitalized(i) && tokens.IsInName(i - 1) && tokens.IsInName(i) && tokens.IsInName(i + 1))
            {
                last = i;
                continue;
            }
            if (tokens.IsAny(i, WordClasses.InnerPrepositions))
            {
                // "a spokesman for the State Department" and "the Center for Responsive Politics" (a name's head noun and its complement) continue;
                // "Smith in a statement" does not, and "said on Twitter" names no one
                if (tokens.IsInName(i) && tokens.IsInName(i - 1) && EntityLexicon.IsHead(NameKey.For(tokens[i - 1]), out _)) continue;
                if (i == start || proper || !(tokens.IsAny(i + 1, WordClasses.Determiners) || tokens.IsCapitalized(i + 1))) break;
                continue;
            }
            if (tokens.IsAny(i, WordClasses.PhraseBreakers) || tokens.IsAny(i, WordClasses.RelativePronouns)
                || IsCue(i) && !(afterAccordingTo && tokens.IsAny(i - 1, WordClasses.Determiners))) break;
            if (tokens.IsCapitalized(i)) proper = true;
            last = i;
        }
        return last >= start ? new TokenRange(start, last) : null;
    }

    /// <summary>The noun phrase whose last token is <paramref name="last"/>, extended left to where it starts.</summary>
    public TokenRange? PhraseEndingAt(int last, int first)
    {
        if (tokens.IsChar(last, ')') && OpeningParenthesis(last, first) is var open and > 0) last = open - 1;   // "Rep. Jim Jordan (R-Ohio)"
        if (last < first || !tokens.IsWord(last) || tokens.IsAny(last, WordClasses.PhraseBreakers) || !CanEndSubject(last)) return null;
        var start = last;
        while (start - 1 >= first && last - start + 1 < MaxPhraseTokens)
        {
            var k = start - 1;
            // "The Committee to Protect Journalists said": a word inside a name the article names is part of the phrase
            if (tokens.IsWord(k) && !tokens.IsCapitalized(k) && tokens.IsInName(k) && tokens.IsInName(start))
            {
                start = k;
                continue;
            }
            if (tokens.IsAny(k, WordClasses.InnerPrepositions))
            {
                // "a narrator in the Clinton ad", "officials from the State Department"; not a phrase that opens the sentence
                if (k == first || !tokens.IsWord(k - 1) || tokens.IsAny(k - 1, WordClasses.PhraseBreakers) || IsCue(k - 1)) break;
                start = k;
                continue;
            }
            // "Merrill Lynch & Co": an ampersand between capitalised words is inside a name, and so is a hyphen tokenised text
            // sets apart inside a name the article names ("Muqtada al - Sadr")
            if ((tokens.IsChar(k, '&') && tokens.IsCapitalized(k - 1) && tokens.IsCapitalized(k + 1) || IsSpacedHyphenInName(k)) && k - 1 >= first)
            {
                start = k;
                continue;
            }
            // a cue word after a preposition or an article is a noun of the phrase ("the former secretary of state")
            if (!tokens.IsWord(k) || tokens.IsAny(k, WordClasses.PhraseBreakers)
                || IsCue(k) && !tokens.IsAny(k - 1, WordClasses.InnerPrepositions) && !tokens.Is(k - 1, "the") && !tokens.Is(k - 1, "a") && !tokens.Is(k - 1, "an")
                   && !IsNounAfterName(k)) break;
            start = k;
        }
        while (start < last && tokens.IsAny(start, WordClasses.InnerPrepositions)) start++;
        // "-- meddling the California congressman said is designed to": an article opens the phrase, not the word before it
        if (start < last && tokens.IsWord(start) && !tokens.IsCapitalized(start) && !tokens.IsAny(start, WordClasses.Determiners)
            && (tokens.Is(start + 1, "the") || tokens.Is(start + 1, "a") || tokens.Is(start + 1, "an")))
            start++;
        return new TokenRange(start, last);
    }

    private bool IsSpacedHyphenInName(int k) => tokens.IsChar(k, '-') && tokens.IsInName(k - 1) && tokens.IsInName(k + 1) && tokens.IsInName(k);

    /// <summary>"the Government Accountability Office report released last year": a cue word in its base form after a name the article names is a noun of the phrase.</summary>
    private bool IsNounAfterName(int k) =>
        tokens.IsInName(k - 1) && !tokens.IsInPersonName(k - 1) && tokens.Sentence(tokens.SentenceOf(k)).FirstToken != k - 1
        && !tokens[k].EndsWith('s') && !tokens[k].EndsWith("ed", StringComparison.Ordinal) && !tokens.IsPossessive(k + 1);

    /// <summary>A subject ends with a noun, a name or a pronoun, never with "incorrectly", "fueling", "and" or a year ("the 43-year-old" is a noun).</summary>
    private bool CanEndSubject(int i)
    {
        if (tokens.Tokens[i].Kind == Documents.TokenKind.Number) return tokens[i].EndsWith("-old", StringComparison.OrdinalIgnoreCase) && tokens.IsAny(i - 1, WordClasses.Determiners);
        if (tokens.IsCapitalized(i)) return true;
        var word = tokens[i];
        if (word is "and" or "or" or "nor") return false;   // "“…,” and threatened": a coordinated verb, no speaker
        return !(word.EndsWith("ly", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase));
    }

    private int OpeningParenthesis(int close, int first)
    {
        for (var k = close - 1; k >= first && close - k < 8; k--)
            if (tokens.IsChar(k, '(')) return k;
        return -1;
    }

    /// <summary>The subject of a sentence's main clause, for a cue that has none of its own (", saying that", "but insisted").</summary>
    public TokenRange? MainSubject(int first, int before)
    {
        var i = AfterDateline(first, before);
        // "On Thursday, after remaining neutral throughout the primary, Warren …": adjuncts may follow one another
        for (var hops = 0; hops < 3; hops++)
        {
            // "Recently, Tom Emanuel stood": an adverb set off by its comma
            while (i < before && (tokens.IsAny(i, StartAdverbs) || tokens.IsComma(i) || tokens[i] is { Length: > 4 } adverb && adverb.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && tokens.IsComma(i + 1))) i++;
            var next = AfterOpeningAdjunct(i, before);
            if (next == i) break;
            i = next;
        }
        // "When Robby Mook, Clinton's campaign manager, was asked …, he laughed and said": a fronted
        // clause may hold commas of its own; the main clause starts after its last one, with a pronoun or a name
        if (tokens.IsAny(i, WordClasses.SubordinatingConjunctions) && LastCommaBefore(i, before) is var comma and >= 0
            && (tokens.IsAny(comma + 1, WordClasses.PersonalPronouns) || tokens.IsInName(comma + 1)
                || tokens.IsCapitalized(comma + 1) && tokens.IsInName(comma + 2)))   // "When asked whom she supported, Ms. Sherry smiled and said"
            i = comma + 1;
        var end = i;
        while (end < before && end - i < MaxPhraseTokens && !tokens.IsComma(end) && (tokens.IsWord(end) || tokens.Tokens[end].Kind == Documents.TokenKind.Dash)) end++;
        // the subject is the longest run of names and nouns before the first word that is clearly not part of it
        var last = -1;
        for (var k = i; k < end && k - i < MaxPhraseTokens; k++)
        {
            if (tokens.IsAny(k, WordClasses.PhraseBreakers) || IsCue(k)) break;
            if (tokens.IsCapitalized(k) || tokens.IsAny(k, WordClasses.Determiners) || tokens.IsAny(k, WordClasses.PersonalPronouns)
                || tokens.IsAny(k, WordClasses.InnerPrepositions) || k == i)
                last = k;
            else if (tokens.IsAny(k, WordClasses.RoleNouns) && tokens.IsCapitalized(k + 1)
                     || RoleLeadsToName(k))
                continue;   // "Democratic candidate Hillary Clinton", "Republican presidential nominee Donald Trump": the role leads on to the name
            else break;
        }
        // "Hillary Clinton's right-hand woman rallied supporters, saying": the possessor is not the subject, the person it has is
        if (last >= i && tokens.IsCapitalized(last) && !tokens.IsAny(last, WordClasses.PersonalPronouns) && (tokens.Is(last + 1, "'s") || tokens.Is(last + 1, "’s")))
            for (var k = last + 2; k < end && k <= last + 4 && IsCommonNounWord(k, afterArticle: k == last + 2); k++)
                if (tokens.IsAny(k, WordClasses.PeopleClose) || tokens.IsAny(k, WordClasses.RoleNouns)
                    || tokens[k] is [.., 's'] plural && WordClasses.Contains(WordClasses.RoleNouns, plural[..^1]))
                    return new TokenRange(i, k);   // "Clinton's lawyers"
        // "the justice sounded off on Trump, saying …": the common noun after a determiner belongs to the subject, up to the verb
        if (last >= i && tokens.IsAny(last, WordClasses.Determiners))
        {
            var article = last;
            for (var k = article + 1; k < end && k - article <= 3 && IsCommonNounWord(k, afterArticle: k == article + 1); k++)
                last = k;
        }
        // "The Democratic senator also forced Stumpf": a role noun after a capitalised word ends the subject
        else if (last >= i && tokens.IsCapitalized(last) && tokens.IsAny(last + 1, WordClasses.RoleNouns) && last + 1 < end && !tokens.IsCapitalized(last + 1))
            last++;
        return last >= i ? new TokenRange(i, last) : null;
    }

    /// <summary>A word qualifying a role right after it, which a name follows ("presidential" of "presidential nominee Donald Trump").</summary>
    private bool RoleLeadsToName(int k)
    {
        for (var r = k + 1; r <= k + 2; r++)
        {
            if (!tokens.IsWord(r) || tokens.IsCapitalized(r)) return false;
            if (tokens.IsAny(r, WordClasses.RoleNouns)) return tokens.IsCapitalized(r + 1);
        }
        return false;
    }

    /// <summary>
    /// A lower-case word that may stand in a noun phrase: not an auxiliary, a past tense, an adverb
    /// in "-ly", a preposition or a phrase breaker, nor (past the article) a present tense in "-s"
    /// ("the plan calls for").
    /// </summary>
    private bool IsCommonNounWord(int k, bool afterArticle)
    {
        if (!tokens.IsWord(k) || tokens.IsCapitalized(k)) return false;
        var word = tokens[k];
        return !(WordClasses.Contains(WordClasses.FiniteAuxiliaries, word) || WordClasses.IsPastTense(word)
                 || word.EndsWith("ly", StringComparison.OrdinalIgnoreCase) || tokens.IsAny(k, WordClasses.InnerPrepositions)
                 || tokens.IsAny(k, WordClasses.PhraseBreakers) || tokens.IsAny(k, WordClasses.RelativePronouns)
                 || !afterArticle && word.EndsWith('s'));
    }

    /// <summary>
    /// Past a phrase that opens the sentence and ends at a comma ("At a press conference in
    /// Chelsea, the mayor said", "Speaking to reporters, …"): the subject follows the comma, never "At a".
    /// </summary>
    private int AfterOpeningAdjunct(int i, int before)
    {
        // "Hours later,", "Two days earlier,", "A week ago,"
        for (var k = i + 1; k <= i + 3 && k + 1 < before; k++)
            if (tokens.IsAny(k, TimeAdverbs) && tokens.IsComma(k + 1)) return k + 2;
        // "Sunday morning, Clinton slammed", "Monday, Trump said"
        var dayOpens = tokens.IsAny(i, WordClasses.Weekdays) && (tokens.IsComma(i + 1) || tokens.IsAny(i + 1, PartsOfTheDay) && tokens.IsComma(i + 2));
        var participle = OpensParticiplePhrase(i);
        if (!tokens.IsAny(i, AdjunctOpeners) && !participle && !dayOpens) return i;
        for (var k = i + 1; k < before && k - i <= 2 * MaxPhraseTokens; k++)
        {
            // "Speaking at a town hall in Salem, New Hampshire, Trump went after Bush": the state stays with the town
            if (tokens.IsComma(k) && NextComma(k, before) is var next and > 0 && IsStateAfterTown(k, next - 1)) { k = next - 1; continue; }
            // "Chastened by the analyses, as well as complaints over its costs, Trump revised": the adjunct goes on past a comma
            if (tokens.IsComma(k) && !tokens.IsAny(k + 1, AdjunctContinuations)) return k + 1 < before ? k + 1 : i;
            // "With the help of “Flip the Script with Liz Plank”, the actor held": a title inside the adjunct
            if (tokens.TitleOfWorkEnd(k) is var title and >= 0) { k = title; continue; }
            // (a cue word inside a participle's adjunct is a noun: "Chastened by the analyses, as well as complaints over its costs,")
            if (tokens.IsQuoteMark(k) || IsCue(k) && !participle) break;
        }
        return i;
    }

    /// <summary>
    /// "Chastened by the analyses,", "Pressed on the issue,": a past participle and its preposition
    /// open the sentence; "Rallying supporters in Buena Park,": a present participle and its object.
    /// </summary>
    private bool OpensParticiplePhrase(int i)
    {
        if (!tokens.IsCapitalized(i) || tokens.Sentence(tokens.SentenceOf(i)).FirstToken != i || tokens[i] is not { Length: > 5 } word) return false;
        if (word.EndsWith("ed", StringComparison.Ordinal)) return tokens.IsAny(i + 1, ParticipleAdjunctPrepositions);
        return word.EndsWith("ing", StringComparison.Ordinal) && tokens.IsWord(i + 1) && !tokens.IsCapitalized(i + 1) && !tokens.IsAny(i + 1, WordClasses.FiniteAuxiliaries);
    }

    private static readonly FrozenSet<string> ParticipleAdjunctPrepositions = new[] { "by", "with", "about", "on", "over", "at", "from", "for", "in" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after a comma that carry an opening adjunct on ("as well as", "and", "including").</summary>
    private static readonly FrozenSet<string> AdjunctContinuations = new[] { "as", "and", "or", "including", "especially", "particularly", "not" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private int NextComma(int from, int before)
    {
        for (var k = from + 1; k < before && k - from <= 4; k++)
            if (tokens.IsComma(k)) return k;
        return -1;
    }

    private int LastCommaBefore(int from, int before)
    {
        for (var k = before - 1; k > from; k--)
            if (tokens.IsComma(k)) return k + 1 < before ? k : -1;
        return -1;
    }

    private static readonly FrozenSet<string> AdjunctOpeners = new[]
    {
        "at", "in", "on", "during", "after", "before", "with", "from", "outside", "inside", "speaking", "asked", "since", "throughout",
        "for", "over", "amid", "despite", "following", "prior", "until", "within", "by", "unlike", "like", "back",
        // "Here in Columbia,", "Early in his campaign,", "Late Tuesday,"
        "here", "early", "late",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PartsOfTheDay = new[] { "morning", "afternoon", "evening", "night" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> TimeAdverbs = new[] { "later", "earlier", "ago" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Past a dateline that opens the sentence ("WASHINGTON —", "WASHINGTON, Dec. 8 (UPI) —"): the
    /// place in capitals files the story; it does not act in it.
    /// </summary>
    private int AfterDateline(int first, int before)
    {
        // "Washington (AFP) –": a place and an agency in parentheses, in any case
        if (tokens.IsCapitalized(first) && !IsInCapitals(first))
        {
            for (var k = first + 1; k < before && k - first <= 6; k++)
                if (tokens.IsChar(k, ')') && (tokens.IsDash(k + 1) || tokens.Is(k + 1, "-")))
                    return k + 2 < before ? k + 2 : first;
                else if (tokens.IsWord(k) && !tokens.IsCapitalized(k)) break;
            return first;
        }
        if (!IsInCapitals(first)) return first;
        for (var k = first + 1; k < before && k - first <= 10; k++)
        {
            if (tokens.IsDash(k) || tokens.Is(k, "-")) return k + 1 < before ? k + 1 : first;
            if (tokens.IsWord(k) && !tokens.IsCapitalized(k) && tokens.Tokens[k].Kind != Documents.TokenKind.Number) return first;
        }
        return first;
    }

    private bool IsInCapitals(int i) =>
        tokens.IsWord(i) && tokens[i] is { Length: >= 3 } word && !word.ContainsAnyInRange('a', 'z');

    private static readonly FrozenSet<string> StartAdverbs = new[] { "but", "and", "however", "meanwhile", "still", "yet", "so", "also", "later", "earlier", "then" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A cue verb; a capitalised one only at the start of its sentence ("Secretary of State", "United States" are names).</summary>
    public bool IsCue(int i) =>
        i >= 0 && i < tokens.Count && CueLexicon.TryGet(tokens[i], out _, out _)
        && (!tokens.IsCapitalized(i) || tokens.Sentence(tokens.SentenceOf(i)).FirstToken == i);

    /// <summary>A possessive's apostrophe: "Clinton's" (an s follows at once), "veterans' families" (after an s, before a space).</summary>
    private bool IsApostrophe(int k)
    {
        if (!(tokens.IsChar(k, '\'') || tokens.IsChar(k, '’')) || k == 0 || !tokens.IsWord(k - 1) || tokens.Tokens[k - 1].End != tokens.Tokens[k].Start) return false;
        var attachedNext = k + 1 < tokens.Count && tokens.Tokens[k + 1].Start == tokens.Tokens[k].End;
        return attachedNext ? tokens.Is(k + 1, "s") : tokens[k - 1].EndsWith('s') && tokens.IsWord(k + 1) && !tokens.IsCapitalized(k + 1);
    }

    /// <summary>
    /// Where an age (", 59,"), a residence (", of Ashton,") or the state after one (", Md.,") that
    /// ends at <paramref name="last"/> opens: the comma before it; else -1.
    /// </summary>
    private int AsideEndingAt(int last, int first)
    {
        var opening = PreviousComma(last, first, maxDistance: 8);
        if (opening < 0 || opening == last) return -1;
        if (opening + 1 == last && tokens.Tokens[last].Kind == TokenKind.Number) return opening;
        if (IsResidence(opening + 1, last)) return opening;
        // the state after a town: "Md." of ", of Ashton, Md.,"
        return last - opening <= 3 && tokens.IsCapitalized(opening + 1) && AsideEndingAt(opening - 1, first) is var before and >= 0
               && IsResidence(before + 1, opening - 1) ? opening : -1;
    }

    /// <summary>
    /// The comma before a state written after a town (", Mo.", ", N.H.", ", NY") that ends at
    /// <paramref name="last"/>, when a capitalised word (the town) stands before that comma; else -1.
    /// </summary>
    private int StateAfterTownEndingAt(int last, int first)
    {
        var comma = PreviousComma(last, first, maxDistance: 3);
        if (comma < 1 || comma == last || !IsStateAfterTown(comma, last)) return -1;
        var state = tokens[last];
        return state.EndsWith('.') || state.Length == 2 && !state.ContainsAnyInRange('a', 'z') ? comma : -1;
    }

    /// <summary>Whether the words after <paramref name="comma"/> up to <paramref name="last"/> can be a state after the town before it ("Salem, New Hampshire").</summary>
    private bool IsStateAfterTown(int comma, int last)
    {
        if (!tokens.IsComma(comma) || last - comma > 3 || last <= comma || !tokens.IsCapitalized(comma - 1)) return false;
        for (var k = comma + 1; k <= last; k++)
            if (!tokens.IsCapitalized(k) || tokens.IsInPersonName(k)) return false;   // "After winning in Iowa, Clinton, the …"
        return true;
    }

    /// <summary>A phrase ending with where someone is from: "Stacy Baker of Columbia".</summary>
    private bool HasResidence(TokenRange phrase)
    {
        for (var k = phrase.Last - 1; k > phrase.First && phrase.Last - k <= 3; k--)
            if (tokens.Is(k, "of") || tokens.Is(k, "from")) return tokens.IsCapitalized(k - 1) && tokens.IsCapitalized(k + 1);
        return false;
    }

    private bool IsResidence(int from, int last) =>
        tokens.Is(from, "of") && from < last && Enumerable.Range(from + 1, last - from).All(k => tokens.IsCapitalized(k) || !tokens.IsWord(k));

    /// <summary>Where a politician's party and state in parentheses that end at <paramref name="last"/> open ("(R-Ohio)", "(D-R.I.)"), or -1.</summary>
    private int ParenthesisEndingAt(int last, int first)
    {
        if (!tokens.IsChar(last, ')')) return -1;
        for (var k = last - 1; k >= first && last - k <= 8; k--)
        {
            if (!tokens.IsChar(k, '(')) continue;
            var inside = tokens.Text.AsSpan(tokens.Tokens[k].End, tokens.Tokens[last].Start - tokens.Tokens[k].End);
            return PartyAndState().IsMatch(inside) ? k : -1;
        }
        return -1;
    }

    [GeneratedRegex(@"^[RDI]-[A-Z][A-Za-z.]{1,12}$")]
    private static partial Regex PartyAndState();

    private int PreviousComma(int from, int first, int maxDistance)
    {
        for (var k = from; k >= first && from - k < maxDistance; k--)
        {
            if (tokens.IsComma(k)) return k;
            // "Clinton's", "veterans' families" and "R-Ky.," stand inside an apposition; a quotation mark or a full stop ends it
            if (tokens.IsQuoteMark(k) && !IsApostrophe(k) || tokens.IsSentenceEndPunctuation(k) && !tokens.IsComma(k + 1)) return -1;
        }
        return -1;
    }
}
