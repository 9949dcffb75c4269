using Vigil.Documents;

namespace Vigil.Extraction.Quotes;

// What both passes share: where clauses start and end, who a cue attaches to, and which cue words are verbs at all.
internal sealed partial class AttributionFinder
{
    private int SkipRightAdverbs(int k, int last)
    {
        while (k <= last && _tokens.IsAny(k, RightAdverbs)) k++;
        return k;
    }

    /// <summary>Skips what may follow a trailing cue without starting a complement: "in an interview with NBC on Sunday".</summary>
    private int SkipAdjuncts(int k, int last)
    {
        k = SkipRightAdverbs(k, last);
        if (k > last || !_tokens.IsAny(k, Adjunct)) return k;
        var m = k;
        while (m <= last && !_tokens.IsComma(m) && !_quoted[m] && !_tokens.Is(m, "that") && !IsCue(m) && m - k < MaxAdjunctTokens) m++;
        return m;
    }

    private int SkipOpeningConnective(int first, int limit)
    {
        while (first < limit && (_tokens.IsAny(first, OpeningConnectives) || _tokens.IsComma(first))) first++;
        return first;
    }

    /// <summary>
    /// A reported clause ends at the sentence's end, or earlier: at a semicolon, at the comma that
    /// closes a fronted subordinate clause ("Although officials said that …, analysts believe …"),
    /// or at a comma after which another attribution starts.
    /// </summary>
    private int ClauseEnd(int start, int last, bool inFrontedClause)
    {
        last = Math.Min(last, start + MaxClauseTokens);
        for (var m = start; m <= last; m++)
        {
            if (_tokens.IsChar(m, ';')) return Math.Max(start, m - 1);
            if (m - start >= 3 && (_tokens.Is(m, "and") || _tokens.Is(m, "but")) && StartsCoordinatedCue(m + 1, last))
                return _tokens.IsComma(m - 1) ? m - 2 : m - 1;
            if (!_tokens.IsComma(m) || m - start < 3) continue;
            if (inFrontedClause) return m - 1;
            for (var c = m + 1; c <= last && c - m <= 10; c++)
            {
                if (!IsCue(c, CueFrame.Clause)) continue;
                if (_phrases.LeftOf(c, m + 1) is { } other && other.First == m + 1) return m - 1;
                break;
            }
        }
        return last;
    }

    /// <summary>"… and warned that …", "… but he said that …": a second cue of the same or a new subject.</summary>
    private bool StartsCoordinatedCue(int k, int last)
    {
        var m = k;
        while (m <= last && m - k < 3 && (_tokens.IsAny(m, WordClasses.PersonalPronouns) || _tokens.IsAny(m, WordClasses.CueModifiers))) m++;
        return m <= last && IsCue(m, CueFrame.Clause | CueFrame.Infinitive) && !IsNounUse(m);
    }

    private static readonly FrozenSet<string> Subordinators = new[]
    {
        "although", "though", "while", "whereas", "when", "if", "because", "as", "after", "before", "since", "unless", "once",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The subject a cue attaches to, or the main clause's subject for ", saying that" and "but insisted".</summary>
    private TokenRange? SourceOfCue(int cue, int first)
    {
        var participle = _tokens[cue].EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        var k = cue - 1;
        while (k >= first && (_phrases.IsCueModifier(k) || participle && _tokens.IsAny(k, BeForms))) k--;
        var progressive = participle && _tokens.IsAny(k + 1, BeForms);
        // ", saying that", "but insisted", "going on to say": the cue shares the subject of the clause before it
        // ("… needled the CNN “reporter,” saying": the comma may stand inside a closing quotation mark)
        if (k >= first && (_tokens.Is(k, "and") || _tokens.Is(k, "but") || _tokens.Is(k, "to") && !_tokens.Is(k - 1, "according")
                           || (participle && !progressive && (_tokens.IsComma(k) || _tokens.IsQuoteMark(k) && _tokens.IsComma(k - 1)))))
            return EarlierSourceInSentence(cue, first) ?? EarlierCueSubject(k, first) ?? _phrases.MainSubject(first, k);
        // "she released a statement saying", "Trump posted a message on Twitter reading": what a
        // statement or letter says, its sender says
        if (participle && !progressive && k > first && DocumentNounEndingAt(k, first) is var document and >= 0
            && _phrases.MainSubject(first, document) is { } sender
            && NamesSomeone(sender, first) && (_tokens.IsNameWord(sender.Last) || sender.Length == 1 && _tokens.IsAny(sender.First, WordClasses.PersonalPronouns))
            && sender.Last < document - 2)
            return sender;
        if (participle && !progressive && k >= first && _tokens.IsAny(k, ParticipleOpeners) && IsCue(cue, CueFrame.Inverts))
            return EarlierSourceInSentence(cue, first) ?? EarlierCueSubject(k, first)
                   ?? (_phrases.MainSubject(first, k) is { } main && NamesSomeone(main, first) ? main : null);
        if (participle && !progressive)
        {
            // "Lynch recalled thinking, “…”", "kept saying": the participle completes the verb before it, whose subject it shares
            if (k >= first && _tokens.IsAny(k, CatenativeVerbs) && !_tokens.IsCapitalized(k))
            {
                var verb = k - 1;
                while (verb >= first && _phrases.IsCueModifier(verb)) verb--;
                return SubjectNamingReporter(verb, first);
            }
            return NameBeforeParticiple(k, first);   // else "promising to allow …" has no subject of its own
        }
        return SubjectNamingReporter(k, first);
    }

    /// <summary>The subject ending at <paramref name="k"/>; for a pronoun opening a reported clause, the one reporting ("Clinton says she hopes").</summary>
    private TokenRange? SubjectNamingReporter(int k, int first)
    {
        if (_phrases.SubjectEndingAt(k, first) is not { } subject) return null;
        if (subject.Length == 1 && _tokens.IsAny(subject.First, WordClasses.PersonalPronouns))
            return ReportingSubject(subject.First, first) ?? (_tokens.Is(subject.First, "it") ? OuterSource(subject.First, first) : null) ?? subject;
        // "Ryan said the recent spate of shootings demands that …", "She says it underscores that …":
        // what a thing "demands" or "shows" inside what someone said is that one's claim
        return !NamesSomeone(subject, first) && OuterSource(subject.First, first) is { } outer && NamesSomeone(outer, first) ? outer : subject;
    }

    /// <summary>The source of the cue whose complement opens at <paramref name="start"/> ("said (that) …"), if any.</summary>
    private TokenRange? OuterSource(int start, int first) =>
        EnclosingCue(start, first, pastAddressee: false) is var cue and >= 0 ? SourceOfCue(cue, first) : null;

    /// <summary>
    /// The cue whose reported clause opens at <paramref name="start"/>: "said (that) he", and with
    /// <paramref name="pastAddressee"/> "told a TV interviewer that he"; -1 when none.
    /// </summary>
    private int EnclosingCue(int start, int first, bool pastAddressee)
    {
        var m = start - 1;
        var afterThat = _tokens.Is(m, "that");
        if (afterThat) m--;
        while (m >= first && _tokens.IsAny(m, WordClasses.CueModifiers)) m--;
        if (m >= first && IsCue(m, CueFrame.Clause) && !IsNounUse(m)) return m;
        if (!pastAddressee || !afterThat) return -1;
        for (var k = m; k >= first && m - k < 5 && _tokens.IsWord(k); k--)
            if (IsCue(k, CueFrame.Addressee) && !IsNounUse(k)) return k;
        return -1;
    }

    /// <summary>
    /// The document noun ending at <paramref name="k"/>, or before where it was put ("a message on
    /// Twitter", "a post on his website"); -1 when there is none.
    /// </summary>
    private int DocumentNounEndingAt(int k, int first)
    {
        if (_tokens.IsAny(k, DocumentNouns)) return k;
        for (var p = k - 1; p > first && k - p <= 3; p--)
            if (_tokens.IsAny(p, WherePosted))
                return _tokens.IsAny(p - 1, DocumentNouns) ? p - 1 : -1;
        return -1;
    }

    private static readonly FrozenSet<string> WherePosted = new[] { "on", "in" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>What someone issues that says something in their name.</summary>
    private static readonly FrozenSet<string> DocumentNouns = new[]
    {
        "statement", "letter", "email", "e-mail", "note", "memo", "message", "release", "tweet", "post", "op-ed",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"… sings to Clinton before asking her, “…”": a speech participle after these shares the subject of the clause before ("while showing support" reports nothing).</summary>
    private static readonly FrozenSet<string> ParticipleOpeners = new[] { "before", "after", "while", "when", "upon", "by" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs a participle completes: "began saying", "kept insisting", "was heard shouting".</summary>
    private static readonly FrozenSet<string> CatenativeVerbs = new[]
    {
        "began", "begin", "begins", "started", "start", "starts", "kept", "keep", "keeps", "continued", "continue", "continues",
        "recalled", "recall", "recalls", "remembered", "remember", "remembers", "resumed", "heard", "caught", "seen", "filmed", "recorded",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "footage of Trump saying, “…”", "The ad shows Hillary Clinton asking, “…”", "with Sen. John
    /// McCain calling it …": a name right before a participle cue, after a word that shows or hears
    /// someone, is the one speaking.
    /// </summary>
    private TokenRange? NameBeforeParticiple(int k, int first)
    {
        if (k < first || !_tokens.IsCapitalized(k)) return null;
        var start = k;
        while (start - 1 >= first && start > k - 4 && (_tokens.IsCapitalized(start - 1) || _tokens.IsChar(start - 1, '.') && start - 2 >= first && _tokens.IsCapitalized(start - 2)))
            start--;
        if (_tokens.IsChar(start, '.')) start++;
        if (start <= first) return null;
        // "footage of Trump", not "the American Federation of Teachers" or "47 percent of Cuban Americans"
        var shown = _tokens.Is(start - 1, "of") ? _tokens.IsAny(start - 2, RecordingNouns) : _tokens.IsAny(start - 1, ShowingWords);
        return shown ? new TokenRange(start, k) : null;
    }

    private static readonly FrozenSet<string> RecordingNouns = new[]
    {
        "footage", "video", "videos", "clip", "clips", "recording", "recordings", "audio", "tape", "tapes", "images", "photos",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ShowingWords = new[]
    {
        "with", "shows", "showed", "show", "showing", "features", "featured", "featuring", "heard", "hear", "hears", "saw", "see", "sees",
        "watched", "watch", "watches",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The subject of a cue whose complement opens with <paramref name="pronoun"/>: in "Clinton says
    /// she hopes …" or "the mayor said Friday that she thinks …" the one reporting is the source,
    /// named where the pronoun only points back.
    /// </summary>
    private TokenRange? ReportingSubject(int pronoun, int first) =>
        OuterSource(pronoun, first) is { } outer && CanBeTheSame(pronoun, outer) ? outer : null;

    /// <summary>
    /// Whether a pronoun can point back to the reporting subject: "she" to a name or a role, "they"
    /// to a plural ("Demonstrators said they want"); not "they" to "The statement", whose "they"
    /// are others, nor "it", which as often means the matter spoken of.
    /// </summary>
    private bool CanBeTheSame(int pronoun, TokenRange outer)
    {
        var last = _tokens[outer.Last];
        if (_tokens.IsAny(outer.First, WordClasses.RelativePronouns) && outer.Length > 1) return false;   // "who helped found EDGE": a clause, not the name before it
        if (outer.Length == 1 && _tokens.IsAny(outer.First, WordClasses.PersonalPronouns)) return last.Equals(_tokens[pronoun], StringComparison.OrdinalIgnoreCase);
        if (_tokens.Is(pronoun, "he") || _tokens.Is(pronoun, "she") || _tokens.Is(pronoun, "i"))
            return _tokens.IsCapitalized(outer.Last) || _tokens.IsAny(outer.Last, WordClasses.RoleNouns);
        if (_tokens.Is(pronoun, "they") || _tokens.Is(pronoun, "we"))
        {
            // a plural noun, capitalised only as the sentence's first word ("Demonstrators said they"), or an organisation for "we"
            var named = _tokens.IsCapitalized(outer.Last) && _tokens.Sentence(_tokens.SentenceOf(outer.Last)).FirstToken != outer.Last;
            return last.EndsWith('s') && !named || named && _tokens.Is(pronoun, "we");
        }
        return false;
    }

    /// <summary>
    /// The subject of the nearest cue verb before <paramref name="before"/> in the sentence, found
    /// anew because a quotation is attributed before the reported speech around it is: in "the mayor
    /// said that it was too early to tell whether …", "to tell" shares the subject of "said".
    /// </summary>
    private TokenRange? EarlierCueSubject(int before, int first)
    {
        for (var c = before - 1; c >= first; c--)
        {
            if (_tokens.IsQuoteMark(c)) return null;   // another speaker's words lie between
            if (IsCue(c) && !IsNounUse(c))
                return SourceOfCue(c, first) is { } source && !IsRelative(source) && NamesSomeone(source, first) ? source : null;
        }
        return null;
    }

    /// <summary>The source of an attribution already found earlier in the same sentence ("the mayor said, adding that …").</summary>
    private TokenRange? EarlierSourceInSentence(int cue, int first)
    {
        if (!_sourcesBySentence.TryGetValue(_tokens.SentenceOf(cue), out var list)) return null;
        TokenRange? latest = null;
        var latestCue = -1;
        foreach (var (c, source) in list)
            if (c < cue && c >= first && c > latestCue) (latest, latestCue) = (source, c);
        return latest;
    }

    /// <summary>
    /// Whether a phrase found without the cue's own subject can be a speaker at all: a pronoun, a
    /// name (a capitalised word other than the sentence's first, or one the entity stage found:
    /// "Obama punctuated his list by saying") or a role ("the mayor",
    /// "officials"), not the stray words a fallback lands on ("the", "three", "discuss his recent").
    /// </summary>
    private bool NamesSomeone(TokenRange source, int first)
    {
        if (source.Length == 1 && _tokens.IsAny(source.First, WordClasses.PersonalPronouns)) return true;
        for (var k = source.First; k <= source.Last; k++)
        {
            if (_tokens.IsCapitalized(k) && (k > first || _tokens.IsInName(k) || source.Length > 1 && !_tokens.IsAny(k, WordClasses.Determiners))) return true;
            var word = _tokens[k];
            if (_tokens.IsAny(k, WordClasses.RoleNouns) || word.EndsWith('s') && WordClasses.Contains(WordClasses.RoleNouns, word[..^1])) return true;
        }
        return false;
    }

    /// <summary>
    /// "who said", and "…, a charge Islamabad denied": a relative clause on a claim noun, whose
    /// subject denies or reports the claim the sentence makes, not the sentence itself.
    /// </summary>
    private bool IsRelative(TokenRange source) =>
        source.Length == 1 && _tokens.IsAny(source.First, WordClasses.RelativePronouns)
        || source.Length >= 3 && _tokens.IsAny(source.First, Articles) && _tokens.IsAny(source.First + 1, ClaimNouns) && _tokens.IsCapitalized(source.First + 2);

    private static readonly FrozenSet<string> ClaimNouns = new[]
    {
        "charge", "claim", "accusation", "allegation", "assertion", "contention", "report", "account", "version", "figure",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A cue word that does not attribute: a noun ("the report", "his claim") or a passive with no
    /// one holding the view ("is expected to", "was reported").
    /// </summary>
    private bool IsNounUse(int cue) =>
        IsPassive(cue) || IsAmbiguousNoun(cue) || AfterPossessive(cue) ||
        _tokens.IsAny(cue - 1, WordClasses.Determiners) && !_tokens.Is(cue - 1, "that")
        // "his biggest worry"; not "an op-ed urging", "the co-founder said"
        || _tokens.IsAny(cue - 2, WordClasses.Determiners) && !_tokens.Is(cue - 2, "that") && IsPlainAdjective(cue - 1)
           && !_tokens[cue].EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !IsPastTense(cue)
        || _tokens.IsAny(cue - 1, WordClasses.InnerPrepositions) && !_tokens[cue].EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Cue forms that are as often nouns ("18 states", "the reports", "poll numbers show") count as
    /// verbs only after a pronoun, a name or an auxiliary: "she states", "Smith reports", "has claimed".
    /// </summary>
    private bool IsAmbiguousNoun(int cue)
    {
        if (!IsNounLikeCue(cue)) return false;
        var k = cue - 1;
        return _tokens.Tokens[Math.Max(k, 0)].Kind == TokenKind.Number || _tokens.IsPossessive(k)
               || _tokens.IsAny(k, WordClasses.InnerPrepositions) || _tokens.IsAny(cue + 1, NounFollowers)
               || IsParticipleAfterNoun(cue + 1) || IsCompoundNoun(cue) || AfterSingularName(cue);
    }

    /// <summary>
    /// "the Massachusetts Democratic state party convention", "Minnesota state delegate": a base form
    /// after a singular name is a noun of the name (a singular subject would take "states").
    /// </summary>
    private bool AfterSingularName(int cue)
    {
        var k = cue - 1;
        return !_tokens[cue].EndsWith('s') && _tokens.IsCapitalized(k) && !_tokens[k].EndsWith('s') && !_tokens.Is(k, "I")
               && !_tokens.IsAny(k, WordClasses.PersonalPronouns) && _tokens.IsWord(cue + 1) && _tokens.Tokens[cue + 1].Kind == TokenKind.Word
               && !_tokens.IsCapitalized(cue + 1)
               // not a verb with its object or clause ("Polls in New Hampshire show the …", "Obama and Clinton call them …")
               && !_tokens.IsAny(cue + 1, ClauseOpeners) && !_tokens.IsAny(cue + 1, WordClasses.Determiners) && !_tokens.IsAny(cue + 1, ObjectPronouns)
               && !_tokens.Is(cue + 1, "that") && !_tokens.Is(cue + 1, "to");
    }

    private static readonly FrozenSet<string> ObjectPronouns = new[] { "me", "him", "her", "us", "them", "it", "you" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "his biggest worry", "a Trump-style retort", "her latest claim": a word between a determiner
    /// and a cue word that can only describe a noun (a superlative, a hyphenated compound, a word of
    /// order), so the cue word is that noun. Not "a senior official said", whose middle word is the noun.
    /// </summary>
    private bool IsPlainAdjective(int i)
    {
        if (!_tokens.IsWord(i) || _tokens.IsCapitalized(i) && !_tokens[i].Contains('-')) return false;
        var word = _tokens[i];
        return word.Length > 4 && word.EndsWith("est", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("rest", StringComparison.OrdinalIgnoreCase)
               || IsHyphenatedAdjective(word)
               || _tokens.IsAny(i, OrderAdjectives);
    }

    /// <summary>"Trump-style", "anti-Muslim", "long-awaited"; not a noun ("op-ed", "follow-up", "co-founder", "Sun-Times").</summary>
    private static bool IsHyphenatedAdjective(ReadOnlySpan<char> word)
    {
        var hyphen = word.IndexOf('-');
        if (hyphen <= 0 || word.Length - hyphen <= 4) return false;
        var prefix = word[..hyphen];
        if (WordClasses.Contains(AdjectivePrefixes, prefix)) return true;
        return char.IsLower(word[hyphen + 1]) && !WordClasses.Contains(NounPrefixes, prefix);
    }

    private static readonly FrozenSet<string> AdjectivePrefixes = new[] { "anti", "pro", "non", "post", "pre", "mid", "pan" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> NounPrefixes = new[] { "co", "ex", "vice", "step", "self", "half" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> OrderAdjectives = new[] { "latest", "main", "only", "own", "initial", "final", "previous", "recent", "new", "earlier" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private bool IsNounLikeCue(int cue) => WordClasses.Contains(NounLikeCues, _tokens[cue]);

    /// <summary>
    /// "told analysts on a conference call that …": a base form ending a compound noun inside a
    /// prepositional phrase is that noun (a subject would take "calls", and no subject follows a preposition).
    /// </summary>
    private bool IsCompoundNoun(int cue) =>
        !_tokens[cue].EndsWith('s') && _tokens.IsAny(cue - 3, WordClasses.InnerPrepositions)
        && !(_tokens.IsAny(cue - 3, NounComplementPrepositions) && _tokens.IsWord(cue - 4) && _tokens[cue - 4].EndsWith('s'))
        && _tokens.IsAny(cue - 2, WordClasses.Determiners) && _tokens.IsWord(cue - 1) && !_tokens.IsCapitalized(cue - 1);

    /// <summary>
    /// "Supporters of the law hope …": after a plural noun these complete the subject, and the base
    /// form after the phrase is its verb ("a section of a congressional report that" is not).
    /// </summary>
    private static readonly FrozenSet<string> NounComplementPrepositions = new[] { "of", "for", "from" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"Mr. Obama's remarks", "Clinton’s claims": an s-form after a possessive is a noun ("Trump's said" is "has said").</summary>
    private bool AfterPossessive(int cue) =>
        _tokens.IsPossessive(cue - 1) && _tokens[cue].EndsWith('s');

    /// <summary>"Trump's late-night tweets targeting Machado": a participle after the word makes it a noun it describes.</summary>
    private bool IsParticipleAfterNoun(int k) =>
        _tokens.IsWord(k) && !_tokens.IsCapitalized(k) && _tokens[k].Length > 5 && _tokens[k].EndsWith("ing", StringComparison.Ordinal);

    private static readonly FrozenSet<string> NounFollowers = new[] { "of", "from", "by", "about", "for", "in", "on", "are", "were", "is", "was", "have", "had" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> NounLikeCues = new[]
    {
        "state", "states", "report", "reports", "claim", "claims", "note", "notes", "show", "shows", "plan", "plans",
        "hope", "hopes", "fear", "fears", "call", "calls", "estimate", "estimates", "comment", "comments", "answer",
        "answers", "charge", "charges", "find", "finds", "doubt", "doubts", "post", "posts", "protest", "protests",
        "demand", "demands", "offer", "offers", "promise", "promises", "vow", "vows", "pledge", "pledges", "threat",
        "threats", "warning", "warnings", "aim", "aims", "wish", "wishes", "vote", "votes", "brief", "briefs", "signal",
        "signals", "counter", "reply", "replies", "response", "tweet", "tweets", "blame", "praise", "label", "labels",
        "sense", "concern", "concerns", "request", "requests", "bet", "bets", "brand", "dismiss", "read", "reads", "cite",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private bool IsPassive(int cue)
    {
        if (!_tokens[cue].EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !_tokens[cue].EndsWith("wn", StringComparison.OrdinalIgnoreCase)
            && !_tokens.Is(cue, "said") && !_tokens.Is(cue, "told") && !_tokens.Is(cue, "thought")) return false;
        var k = cue - 1;
        while (k >= 0 && _tokens.IsAny(k, PassiveAdverbs)) k--;
        return _tokens.IsAny(k, BeForms);
    }

    private static readonly FrozenSet<string> BeForms = new[] { "is", "was", "are", "were", "be", "been", "being", "'s", "’s" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PassiveAdverbs = new[] { "widely", "also", "not", "still", "now", "generally", "long", "often", "largely", "already" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The frames of the cue verb at <paramref name="i"/> (with its particle after it, for "pointed out"), or none.</summary>
    private CueFrame FrameAt(int i) =>
        CueLexicon.TryGet(_tokens[i], out _, out var frame) || i + 1 < _tokens.Count && CueLexicon.TryGetPhrasal(_tokens[i], _tokens[i + 1], out _, out frame)
            ? frame : CueFrame.None;

    private bool IsCue(int i) => IsCue(i, CueFrame.Clause | CueFrame.Infinitive | CueFrame.Addressee | CueFrame.Inverts);

    /// <summary>A cue verb with one of the frames wanted; a capitalised one only at the start of its sentence ("Secretary of State", "United States").</summary>
    private bool IsCue(int i, CueFrame needed) =>
        i >= 0 && i < _tokens.Count && (FrameAt(i) & needed) != 0
        && (!_tokens.IsCapitalized(i) || _tokens.Sentence(_tokens.SentenceOf(i)).FirstToken == i);
}
