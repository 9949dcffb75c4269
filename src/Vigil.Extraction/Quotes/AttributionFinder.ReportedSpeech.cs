using Vigil.Documents;

namespace Vigil.Extraction.Quotes;

// The second pass: reported speech at every cue verb left outside quotations.
internal sealed partial class AttributionFinder
{
    private void FindReportedSpeech()
    {
        var document = _tokens.Document;
        foreach (var sentence in document.Sentences)
        {
            if (document.IsBoilerplate(sentence.Span)) continue;
            for (var c = sentence.FirstToken; c < sentence.EndToken; c++)
            {
                if (_quoted[c] || _usedCue[c]) continue;
                var attribution = _tokens.Is(c, "according") && _tokens.Is(c + 1, "to")
                    ? AccordingTo(c, sentence)
                    : IsCue(c) && !IsNounUse(c) ? Reported(c, sentence) : null;
                if (attribution is null || Overlaps(attribution.Content)) continue;
                Add(attribution);
            }
        }
    }

    /// <summary>
    /// Whether a verb in the past stands in the phrase after its first word: then it is a clause,
    /// not a speaker. A participle describing the noun does not count ("said a retired general",
    /// "said the newly elected mayor").
    /// </summary>
    private bool HasPastVerb(TokenRange phrase)
    {
        for (var k = phrase.First + 1; k <= phrase.Last; k++)
            if (!_tokens.IsCapitalized(k) && WordClasses.IsPastTense(_tokens[k]) && !_tokens.IsAny(k - 1, WordClasses.Determiners)
                && !_tokens[k - 1].EndsWith("ly", StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private Attribution? Reported(int cue, Sentence sentence)
    {
        var frame = FrameAt(cue);
        var first = sentence.FirstToken;
        var last = LastContentToken(sentence);

        // "The talks failed, said a senior official."
        // (not "Donna Rawlings, 59, of Ashton, Md., said the event brought back memories": a phrase with a verb in it is a clause, no speaker)
        if (_tokens.IsComma(cue - 1) && cue - 1 > first && (frame & CueFrame.Inverts) != 0
            && _phrases.RightOf(SkipRightAdverbs(cue + 1, last), last) is { } inverted && !HasPastVerb(inverted)
            && (SkipAdjuncts(inverted.Last + 1, last) > last || _tokens.IsComma(inverted.Last + 1) && _tokens.IsCapitalized(inverted.Last)))
            return Reported(_tokens.Span(SkipOpeningConnective(first, cue - 1), cue - 2), cue, inverted);

        if (SourceOfCue(cue, first) is not { } source || IsStrayWord(source)) return null;

        // "The talks failed, officials said." and "The talks, officials said, failed."
        // (not a main subject that a later participle shares: "Chastened by the analyses, Trump revised his plan, promising to …")
        var comma = source.First - 1;
        if (_tokens.IsComma(comma) && comma > first && (frame & CueFrame.Clause) != 0 && !IsRelative(source) && CueFollows(source, cue))
        {
            var after = SkipAdjuncts(cue + 1, last);
            // "…, sources told Reuters.", "…, a spokesman told The Wall Street Journal.": the one told stands between the cue and the end
            if (after <= last && TellsSomeone(frame) && !_tokens[cue].EndsWith("ing", StringComparison.OrdinalIgnoreCase) && _phrases.RightOf(after, last) is { } addressee && addressee.Length <= 5
                && (_tokens.IsCapitalized(addressee.First) || _tokens.IsAny(addressee.First, WordClasses.Determiners) && _tokens.IsCapitalized(addressee.First + 1)
                    || addressee.Length == 1 && _tokens.IsAny(addressee.First, Listeners)))
                after = SkipAdjuncts(addressee.Last + 1, last);
            var trailing = _tokens.Span(SkipOpeningConnective(first, comma), comma - 1);
            if (after > last) return Reported(trailing, cue, source);
            // "…, officials said, after talks in Doha.": an adjunct goes on after the attribution;
            // "The talks, officials said, failed.": the reported clause does
            if (_tokens.IsComma(after) && after < last)
                return _tokens.IsAny(after + 1, TrailingAdjunctOpeners) ? Reported(trailing, cue, source) : Reported(_tokens.Span(first, last), cue, source);
        }

        var start = ComplementStart(cue, last, frame);
        if (start < 0 || !HasWords(start, last, 2)) return null;
        var fronted = _tokens.IsAny(SkipOpeningConnective(first, cue), Subordinators);
        return Reported(_tokens.Span(start, ClauseEnd(start, last, fronted)), cue, source);
    }

    /// <summary>
    /// Whether the cue is the source's own verb, not a verb a clause later: it comes right after the
    /// source, past auxiliaries and adverbs ("officials also said") or a party and state in
    /// parentheses, or after an apposition when it is no participle ("Rudra Chowdhury, a senior
    /// lecturer, said").
    /// </summary>
    private bool CueFollows(TokenRange source, int cue)
    {
        var k = source.Last + 1;
        if (_tokens.IsChar(k, '('))
        {
            // "Sen. Lindsey Graham (R-S.C.) told"
            while (k < cue && !_tokens.IsChar(k, ')')) k++;
            k++;
        }
        if (!_tokens[cue].EndsWith("ing", StringComparison.OrdinalIgnoreCase) && _tokens.IsComma(k)) return true;
        while (k < cue && _phrases.IsCueModifier(k)) k++;
        return k == cue;
    }

    /// <summary>
    /// A lone lower-case word that cannot be anyone, read as the subject of a noun taken for a cue:
    /// "cited derogatory comments", "has enough votes", "amid reports", "there answer" - an
    /// adjective, a participle, a preposition, a determiner or an adverb.
    /// </summary>
    private bool IsStrayWord(TokenRange source)
    {
        if (source.Length != 1 || _tokens.IsCapitalized(source.First) || !_tokens.IsWord(source.First)) return false;
        var word = _tokens[source.First];
        if (_tokens.IsAny(source.First, WordClasses.PersonalPronouns) || _tokens.IsAny(source.First, WordClasses.RelativePronouns)
            || _tokens.IsAny(source.First, WordClasses.RoleNouns)) return false;
        return word.EndsWith("ed", StringComparison.Ordinal) || Clauses.ClauseWords.Contains(Clauses.ClauseWords.Prepositions, word)
               || Clauses.ClauseWords.Contains(Clauses.ClauseWords.Determiners, word) && !word.SequenceEqual("one") || _tokens.IsAny(source.First, StrayWords)
               || HasAdjectiveEnding(word);
    }

    private static bool HasAdjectiveEnding(ReadOnlySpan<char> word)
    {
        foreach (var ending in AdjectiveEndings)
            if (word.EndsWith(ending, StringComparison.Ordinal)) return true;
        return false;
    }

    private static readonly string[] AdjectiveEndings = ["al", "ic", "ous", "ive", "ory", "ful", "less", "ary", "ible", "able"];

    private static readonly FrozenSet<string> StrayWords = new[]
    {
        "enough", "very", "rather", "almost", "somehow", "otherwise", "please", "hard", "best", "there", "crude", "recent", "common", "better",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private Attribution Reported(TextSpan content, int cue, TokenRange? source)
    {
        _usedCue[cue] = true;
        return new Attribution(content) { Cue = new TokenRange(cue, cue), Source = source };
    }

    private Attribution? AccordingTo(int according, Sentence sentence)
    {
        var first = sentence.FirstToken;
        var last = LastContentToken(sentence);
        var source = _phrases.RightOf(according + 2, last, afterAccordingTo: true);
        if (source is not { } s) return null;
        var cue = new TokenRange(according, according + 1);
        _usedCue[according] = _usedCue[according + 1] = true;
        if (according == SkipOpeningConnective(first, last) && _tokens.IsComma(s.Last + 1) && s.Last + 2 <= last)
            return new Attribution(_tokens.Span(s.Last + 2, last)) { Cue = cue, Source = source };   // "According to X, the …"
        if (_tokens.IsComma(according - 1) && according - 2 >= first)
            return new Attribution(_tokens.Span(SkipOpeningConnective(first, according - 1), according - 2)) { Cue = cue, Source = source };
        return null;
    }

    /// <summary>Where the complement of a cue starts: after "that", a colon, the person addressed or an adverbial; -1 when it has none.</summary>
    private int ComplementStart(int cue, int last, CueFrame frame)
    {
        var k = SkipRightAdverbs(cue + 1, last);
        if (k > last) return -1;
        if ((frame & CueFrame.Addressee) != 0 && AddresseeEnd(k, last) is var addressed and >= 0) k = addressed + 1;
        if (_tokens.Is(k, "that") || _tokens.IsChar(k, ':')) return k + 1;
        if ((frame & CueFrame.Infinitive) != 0 && _tokens.Is(k, "to") && _tokens.IsWord(k + 1) && !_tokens.IsCapitalized(k + 1)) return k;
        if ((frame & CueFrame.Clause) == 0) return -1;
        if (_tokens.IsAny(k, WhWords) && (frame & CueFrame.Addressee) != 0) return k;   // "asked whether …"
        if ((frame & CueFrame.BareClause) != 0 && LooksLikeClause(k, last)) return k;
        if (_tokens.IsAny(k, Adjunct))
        {
            // "said in a statement that …", "said on Sunday that …"
            for (var m = k + 1; m <= last && m - k <= MaxAdjunctTokens; m++)
            {
                if (_tokens.Is(m, "that") || _tokens.IsChar(m, ':')) return m + 1;   // "says at a stop in Toledo, Ohio, that …"
                // "said on ABC's “This Week” that …": a show's or a paper's title is part of the adjunct
                if (_tokens.TitleOfWorkEnd(m) is var title and >= 0) { m = title; continue; }
                if (_quoted[m] || IsCue(m)) break;
            }
        }
        return -1;
    }

    /// <summary>The last token of an addressee ("reporters", "the BBC", "him") when a complement follows it.</summary>
    private int AddresseeEnd(int k, int last)
    {
        for (var m = k; m <= last && m - k < 8; m++)
        {
            if (_tokens.Is(m, "that") || _tokens.IsChar(m, ':') || _tokens.Is(m, "to") && m > k) return m - 1;
            if (m > k && _tokens.IsAny(m, SubjectPronouns) && !_tokens.Is(m, "it") && !_tokens.Is(m, "you")) return m - 1;   // "told reporters he would resign"
            if (m > k && _tokens.IsAny(m, WordClasses.Determiners) && LooksLikeClause(m, last)) return m - 1;   // "told reporters the group would …"
            if (!_tokens.IsWord(m) || _tokens.IsAny(m, WordClasses.PhraseBreakers) && !_tokens.IsAny(m, Adjunct)) return -1;
        }
        return -1;
    }

    private static readonly FrozenSet<string> Adjunct = new[]
    {
        "in", "on", "at", "during", "after", "before", "over", "via", "through", "with", "to", "from", "last", "this",
        "earlier", "later", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> RightAdverbs = new[]
    {
        "publicly", "privately", "repeatedly", "again", "also", "later", "recently", "previously", "flatly", "simply",
        "bluntly", "explicitly", "openly", "firmly", "confidently", "falsely", "wrongly", "then", "once", "now", "only",
        "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "further", "emphatically", "repeatedly", "quietly", "angrily", "sharply",
    }.Concat(CueLexicon.ParticleWords).ToFrozenSet(StringComparer.OrdinalIgnoreCase);   // and "out" of "pointed out", "back" of "shot back"

    /// <summary>
    /// A cue that reports to someone ("told", "assured", "reminded"), whose listener may follow it at
    /// the end of the sentence; not one that bids someone do something ("asked the congregation to
    /// pray", "urged"), whose addressee opens a request, not a trailing attribution.
    /// </summary>
    private static bool TellsSomeone(CueFrame frame) => (frame & CueFrame.Addressee) != 0 && (frame & CueFrame.Infinitive) == 0;

    private static readonly FrozenSet<string> Listeners = new[] { "reporters", "journalists", "lawmakers", "supporters", "me", "us", "him", "her", "them" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that open an adjunct after an attribution rather than the rest of a reported clause.</summary>
    private static readonly FrozenSet<string> TrailingAdjunctOpeners = new[]
    {
        "after", "before", "amid", "despite", "following", "on", "citing", "adding", "saying", "during", "ahead",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ClauseOpeners = new[]
    {
        "he", "she", "they", "we", "i", "you", "it", "there", "this", "the", "a", "an", "his", "her", "their", "its",
        "our", "my", "some", "many", "most", "no", "all", "these", "those", "both", "each", "every", "if", "whether",
        "why", "how", "what", "when", "where", "who", "nobody", "everyone", "everybody", "nothing", "none", "one",
        "other", "such", "any", "more", "several", "few", "much", "two", "three", "voters", "people", "americans",
        "neither", "either", "nor",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> OpeningConnectives = new[] { "but", "and", "so", "yet", "still", "also" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a complement without "that" is a clause ("said he would go", "said the plan will
    /// fail") rather than an object ("announced the plan"): it opens with a subject pronoun, or a
    /// finite auxiliary follows its first words.
    /// </summary>
    private bool LooksLikeClause(int k, int last)
    {
        if (_tokens.IsAny(k, SubjectPronouns)) return true;
        if (!_tokens.IsWord(k) || _tokens.IsAny(k, WordClasses.PhraseBreakers) && !_tokens.IsAny(k, ClauseOpeners) || IsCue(k)) return false;
        // a determiner needs a noun before the verb: "said the closed border" is no clause
        var firstVerb = _tokens.IsAny(k, WordClasses.Determiners) ? k + 2 : k + 1;
        for (var m = k + 1; m <= last && m - k <= 10; m++)
        {
            if (_tokens.IsAny(m, WordClasses.FiniteAuxiliaries)) return true;
            if (m >= firstVerb && IsPastTense(m) && !_tokens.IsCapitalized(m)) return true;   // "said the talks went well"
            if (_tokens.IsComma(m) || _tokens.IsDash(m)) continue;   // "single people and families - gay, straight - would"
            if (!_tokens.IsWord(m) || _tokens.IsAny(m, WordClasses.PhraseBreakers)) return false;
        }
        return false;
    }

    private bool IsPastTense(int i) => WordClasses.IsPastTense(_tokens[i]);


    private static readonly FrozenSet<string> SubjectPronouns = new[] { "he", "she", "they", "we", "i", "you", "it", "there" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> WhWords = new[] { "whether", "if", "why", "how", "what", "when", "where", "who" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
