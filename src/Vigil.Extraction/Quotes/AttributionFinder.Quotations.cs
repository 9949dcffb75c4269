using Vigil.Documents;

namespace Vigil.Extraction.Quotes;

// The first pass: each quotation tied to its cue, its speaker before or after it, or the speaker it continues.
internal sealed partial class AttributionFinder
{
    private Attribution? AttributeQuotation(QuotedSpan q)
    {
        var close = q.IsClosed ? q.CloseToken : LastTokenIn(q.Span);
        if (!HasLetters(q.OpenToken, close) || _tokens.IsChar(q.OpenToken - 1, '=')) return null;
        // 'scare quotes', titles and nicknames; but what someone calls a thing is theirs
        // ("Jacobs called Merkel “The Chancellor of the Free World.”", "he called Rubio ‘Little Marco’")
        if ((q.IsSingle && WordCount(q.OpenToken, close) < 4 || _tokens.IsTitleOfWork(q.OpenToken, close)) && NamingCueBefore(q.OpenToken) < 0) return null;
        var attribution = AfterQuotation(q, close) ?? RestOfInterruptedSentence(q) ?? BeforeQuotation(q) ?? IntroducedByColon(q) ?? ContinuingQuotation(q)
                          ?? TrailingClause(q, close) ?? AfterReportingSentence(q) ?? Unattributed(q, close);
        return attribution is not null && Add(attribution) ? attribution : null;
    }

    /// <summary>"“You know, I love Larry,” but “when it comes to energy issues …”": two quotations of one sentence, joined by a conjunction.</summary>
    private bool JoinedByConjunction(Attribution attribution, QuotedSpan next)
    {
        var last = LastTokenIn(attribution.Content);
        if (_tokens.SentenceOf(last) != _tokens.SentenceOf(next.OpenToken)) return false;
        var gap = next.OpenToken - last - 1;
        if (gap is < 1 or > 3) return false;
        for (var m = last + 1; m < next.OpenToken; m++)
            if (!(_tokens.IsComma(m) || _tokens.IsAny(m, Conjunctions))) return false;
        return true;
    }

    private static readonly FrozenSet<string> Conjunctions = new[] { "and", "but", "or", "then", "and then" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether <paramref name="next"/> carries on the quotation that <paramref name="attribution"/>
    /// interrupted: only the attribution and a comma or colon (perhaps an adverbial such as "during a
    /// rally in Kenansville, N.C.") stand between them, in the same paragraph.
    /// </summary>
    private bool ResumesAfterAttribution(Attribution attribution, QuotedSpan next)
    {
        var attributionEnd = Math.Max(attribution.Cue!.Value.Last, attribution.Source?.Last ?? -1);
        if (attributionEnd < 0 || _tokens.Tokens[attributionEnd].Start < attribution.Content.End) return false;
        var paragraph = _tokens.Sentence(_tokens.SentenceOf(attributionEnd)).Paragraph;
        if (_tokens.Sentence(_tokens.SentenceOf(next.OpenToken)).Paragraph != paragraph) return false;
        var gap = next.OpenToken - attributionEnd - 1;
        var joiner = next.OpenToken - 1;
        if (_tokens.IsAny(joiner, Conjunctions) && _tokens.IsComma(joiner - 1)) joiner--;   // "“…,” he said, but “…”"
        if (gap < 1 || gap > MaxAdjunctTokens || !(_tokens.IsComma(joiner) || _tokens.IsChar(joiner, ':'))) return false;
        for (var m = attributionEnd + 1; m < joiner; m++)
            if (_quoted[m] || IsCue(m) || _tokens.IsSentenceEndPunctuation(m)) return false;
        return true;
    }

    private Attribution? AfterQuotation(QuotedSpan q, int close)
    {
        if (!q.IsClosed) return null;
        var k = close + 1;
        if (_tokens.IsComma(k)) k++;
        if (k >= _tokens.Count || _quoted[k]) return null;
        if (SignedOnNextLine(q, k) is { } signed) return signed;
        // "“…?” Graham asked." ends a sentence by its marks, yet its attribution follows
        if (_tokens.SentenceOf(k) != _tokens.SentenceOf(close)
            && !((EndsWithQuestionOrExclamation(q, close) || IsAttributionAlone(k))
                 && _tokens.Sentence(_tokens.SentenceOf(k)).FirstToken == k
                 && _tokens.Sentence(_tokens.SentenceOf(k)).Paragraph == _tokens.Sentence(_tokens.SentenceOf(close)).Paragraph))
            return null;
        var sentence = _tokens.Sentence(_tokens.SentenceOf(k));
        var end = sentence.EndToken - 1;

        if (_tokens.Is(k, "according") && _tokens.Is(k + 1, "to"))
        {
            // "Since the shootings, ''there has been a reinvigorated engagement,'' according to a senior
            // official": with no speaker of its own before the quotation, the sentence is the source's claim
            return WithLeadIn(q, close, new TokenRange(k, k + 1), _phrases.RightOf(k + 2, end, afterAccordingTo: true));
        }
        if (_tokens.IsDash(k) || _tokens.IsChar(k, '―'))
            return SignedBy(q, k, end, wholeLine: false);

        var cueAt = k;
        while (cueAt <= end && _tokens.IsAny(cueAt, WordClasses.CueModifiers) && !IsCue(cueAt)) cueAt++;
        // "“…,” adding that …" goes on from the cue before the quotation; no speaker follows a participle
        if (IsCue(cueAt, CueFrame.Inverts) && !_tokens[cueAt].EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            return Quotation(q, new TokenRange(cueAt, cueAt), _phrases.RightOf(SkipRightAdverbs(cueAt + 1, end), end));

        // "“…,” U.S. Secretary of State Anthony Brinken said": the speaker's phrase starts right after the quotation
        if (!ClosesWithPunctuation(q, close) && _tokens.Sentence(_tokens.SentenceOf(q.OpenToken)).FirstToken != q.OpenToken) return null;
        // "under what Mr. Hedge called ''the prior economy model,'' the club charged …": the quotation is what the cue before it names
        // (not a participle opening the sentence: "Citing ''obligations in Tennessee,'' the spokeswoman told POLITICO")
        var before = q.OpenToken - 1;
        if (IsCue(before, CueFrame.Naming) && !IsCue(before, CueFrame.Clause) && !IsNounUse(before)
            && !_tokens[before].EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return null;
        for (var m = k; m <= end && m - k < MaxTrailingSourceDistance; m++)
        {
            if (_quoted[m]) return null;
            if (!(IsCue(m, CueFrame.Clause) || GoesOn(m, end)) || _tokens.IsAny(m - 1, Articles)) continue;   // "“…,” the report concluded": "report" is the speaker's noun
            if (_phrases.LeftOf(m, k) is { } source && source.First == k) return WithLeadIn(q, close, new TokenRange(m, m), source);
            // "“…,” Thomas Hanify, the president of the Indiana state firefighters union, said": a cue
            // word that is as often a noun may stand inside the speaker's phrase; the cue is further on
            if (!IsNounLikeCue(m)) return null;
        }
        return null;
    }

    /// <summary>
    /// "“Boeing and GE … pay zero taxes.”" as a paragraph of its own, and "- Sanders." as the next:
    /// a fact-check's or an epigraph's quotation, signed by a line of a dash and a name alone.
    /// </summary>
    private Attribution? SignedOnNextLine(QuotedSpan q, int k)
    {
        if (!(_tokens.IsDash(k) || _tokens.IsChar(k, '-') || _tokens.IsChar(k, '―'))) return null;
        var signature = _tokens.Sentence(_tokens.SentenceOf(k));
        var paragraph = ParagraphOf(q.OpenToken);
        if (signature.FirstToken != k || signature.Paragraph != paragraph + 1 || ParagraphOf(k - 1) != paragraph
            || q.OpenToken > 0 && ParagraphOf(q.OpenToken - 1) == paragraph
            || signature.EndToken < _tokens.Count && ParagraphOf(signature.EndToken) == signature.Paragraph)
            return null;
        var end = signature.EndToken - 1;
        if (_tokens.IsSentenceEndPunctuation(end)) end--;
        return SignedBy(q, k, end, wholeLine: true);
    }

    /// <summary>
    /// The name after a dash that signs a quotation ("“…” ― Sonya Herridge"); on a line of its own
    /// (<paramref name="wholeLine"/>) the name must be all the line holds.
    /// </summary>
    private Attribution? SignedBy(QuotedSpan q, int dash, int end, bool wholeLine) =>
        _phrases.RightOf(dash + 1, end) is { } name && _tokens.IsCapitalized(name.First) && (!wholeLine || name.First == dash + 1 && name.Last == end)
            ? Quotation(q, new TokenRange(dash, dash), name) : null;

    private int ParagraphOf(int token) => _tokens.Sentence(_tokens.SentenceOf(token)).Paragraph;

    /// <summary>
    /// "“You know, it happens, right?” Trump went on, as if he didn't hear her.": "went on" ending
    /// its clause says the speaker kept talking (not "went on Friday", "went on to win").
    /// </summary>
    private bool GoesOn(int m, int end) =>
        (_tokens.Is(m, "went") || _tokens.Is(m, "goes")) && _tokens.Is(m + 1, "on")
        && (m + 1 == end || _tokens.IsComma(m + 2) || _tokens.IsSentenceEndPunctuation(m + 2));

    /// <summary>
    /// "“… that are missing.” Trump said.": a sentence of only a speaker, a cue and adverbials after a
    /// quotation closed by a full stop is its attribution, the comma mistyped (as scraped and
    /// translated copies often have it).
    /// </summary>
    private bool IsAttributionAlone(int k)
    {
        var sentence = _tokens.Sentence(_tokens.SentenceOf(k));
        if (sentence.FirstToken != k) return false;
        var last = LastContentToken(sentence);
        for (var m = k + 1; m <= last && m - k <= 8; m++)
        {
            if (_quoted[m]) return false;
            if (!IsCue(m, CueFrame.Clause) || IsNounUse(m)) continue;
            // the name opening this sentence goes on the quotation's, so it counts as a name there
            return _phrases.LeftOf(m, k) is { } source && source.First == k && NamesSomeone(source, k - 1)
                   && SkipAdjuncts(m + 1, last) > last;
        }
        return false;
    }

    private static readonly FrozenSet<string> Articles = new[] { "the", "a", "an", "his", "her", "its", "their", "our", "this" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private bool EndsWithQuestionOrExclamation(QuotedSpan q, int close)
    {
        var inside = close - 1;
        while (inside > q.OpenToken && _tokens.IsQuoteMark(inside)) inside--;
        return _tokens.IsChar(inside, '?') || _tokens.IsChar(inside, '!');
    }

    /// <summary>"“…,” he said" and "“…?” he asked": the quotation ends with a comma, question or exclamation mark, inside or right after the closing mark.</summary>
    private bool ClosesWithPunctuation(QuotedSpan q, int close)
    {
        var inside = close - 1;
        while (inside > q.OpenToken && _tokens.IsQuoteMark(inside)) inside--;   // "… you called ‘miracles,’”"
        return _tokens.IsComma(close + 1) || _tokens.IsComma(inside) || _tokens.IsChar(inside, '?') || _tokens.IsChar(inside, '!')
               || _tokens.IsDash(close + 1);
    }

    private Attribution? BeforeQuotation(QuotedSpan q)
    {
        var open = q.OpenToken;
        var sentence = _tokens.Sentence(_tokens.SentenceOf(open));
        var first = sentence.FirstToken;
        for (var j = open - 1; j >= first && open - j <= MaxCueDistance; j--)
        {
            if (_quoted[j]) return null;
            if (_tokens.Is(j, "to") && _tokens.Is(j - 1, "according"))
                return AccordingToBefore(q, j, first);
            if (_tokens.IsChar(j, ':') && j == open - 1 && StatementLeadIn(j, first) is { } lead)
                return Quotation(q, lead.Cue, lead.Source);   // "Trump issued the following statement: “…”"
            if (_tokens.IsChar(j, ':') && j == open - 1 && _phrases.PhraseEndingAt(j - 1, first) is { } labelled
                && (labelled.First == first || OpensLabel(labelled.First, first)) && !(IsCue(j - 1) && !IsNounUse(j - 1)))
                return Quotation(q, new TokenRange(j, j), WithoutFrom(labelled));   // "Trump: “…”", "… - Jeffrey M. Jones: “…”", "More from Jones: “…”"
            if (!IsCue(j, CueFrame.Clause | CueFrame.Naming | CueFrame.Infinitive) || _usedCue[j] || IsNounUse(j)) continue;
            // "Rubio will continue to be “a champion”": a verb of speech before "to be" is no report (not "referred to him as")
            if (!IsCue(j, CueFrame.Infinitive) && _tokens.Is(j + 1, "to") && _tokens.IsAny(j + 2, CopularVerbs)) continue;

            // "Said Ellis: “…”": a cue opening the sentence has its speaker after it, then a colon or comma
            var source = SourceOfCue(j, first)
                         ?? (j == first && _phrases.RightOf(j + 1, open - 1) is { } after && (after.Last == open - 2 || WhoClauseBetween(after.Last + 1, open - 1))
                             && (_tokens.IsChar(open - 1, ':') || _tokens.IsComma(open - 1)) && NamesSomeone(after, first) ? after : null);
            // "Djokovic told a TV interviewer that he is feeling “a lot of emotion” before the match",
            // "saying his campaign doesn’t want “that crap”": a cue whose subject opens another cue's
            // reported clause gives way to that cue, whose speaker reports it all (not when a pronoun
            // cannot be that cue's subject: "The statement noted they had said they would take “…”")
            if (_phrases.LeftOf(j, first) is { } subject && EnclosingCue(subject.First, first, pastAddressee: true) is var enclosing and >= 0 && !_usedCue[enclosing]
                && SourceOfCue(enclosing, first) is { } reporter
                && (subject.Length > 1 || !_tokens.IsAny(subject.First, WordClasses.PersonalPronouns) || CanBeTheSame(subject.First, reporter))) continue;
            // "He says if people think the issues will be addressed by “establishment politics”": a cue
            // inside a condition reports no one; the cue before it does
            if (source is { } conditional && _tokens.IsAny(conditional.First - 1, ConditionOpeners)) continue;
            var naming = !IsCue(j, CueFrame.Clause);
            var contentStart = j + 1;
            if (!naming && LeadsStraightIntoQuotation(j, open, out contentStart) || naming && _tokens.IsChar(open - 1, ':'))
            {
                // "Obama said “it gets me mad” every time he thinks about …": the reported clause goes on past the quotation
                if (!naming && source is not null && !_tokens.IsChar(open - 1, ':') && !_tokens.IsComma(open - 1) && q.IsClosed
                    && _tokens.IsWord(q.CloseToken + 1) && _tokens.SentenceOf(q.CloseToken + 1) == _tokens.SentenceOf(q.CloseToken))
                    return Claim(_tokens.Span(open, ReportedClauseEnd(q, open, sentence)), new TokenRange(j, j), source);
                return Quotation(q, new TokenRange(j, j), source);
            }
            if (IsCue(j, CueFrame.Addressee | CueFrame.Infinitive) && AddresseeEnd(contentStart, open - 1) is var addressed and >= 0)
            {
                if (_tokens.Is(addressed + 1, "to"))
                    contentStart = addressed + 1;   // "tells his supporters to “go to your place and vote”"
                else if (IsCue(j, CueFrame.Addressee))
                    contentStart = _tokens.Is(addressed + 1, "that") ? addressed + 2 : addressed + 1;   // "told reporters (that) the group would respect “…”"
            }
            // "saying that militants “are not a group we trust”": the quotation is part of the reported clause
            if (source is null) return null;
            // "called Palin a “clown” on his radio show": what a naming cue attributes ends with the name it gives
            var end = IsNamingOnly(j) ? (q.IsClosed ? q.CloseToken : LastTokenIn(q.Span)) : ReportedClauseEnd(q, contentStart, sentence);
            return new Attribution(_tokens.Span(contentStart, end)) { Cue = new TokenRange(j, j), Source = source, FromQuotation = true };
        }
        return null;
    }

    /// <summary>
    /// "Said Dorothy Poynter, who grew up with Ali in the neighborhood, “…”": between the speaker and
    /// the comma before the quotation, a clause on who the speaker is, set off by commas.
    /// </summary>
    private bool WhoClauseBetween(int comma, int lastComma)
    {
        if (!_tokens.IsComma(comma) || !_tokens.IsAny(comma + 1, WhoWords) || lastComma - comma < 3) return false;
        for (var k = comma + 1; k < lastComma; k++)
            if (_tokens.IsQuoteMark(k) || _tokens.IsChar(k, ':')) return false;
        return true;
    }

    private static readonly FrozenSet<string> WhoWords = new[] { "who", "whose" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Caddell continued:" or "The New York Times reports:" at the end of a paragraph, and the
    /// quotation opening the next one: the colon hands the cue on across the paragraph break.
    /// </summary>
    private Attribution? IntroducedByColon(QuotedSpan q)
    {
        var open = q.OpenToken;
        var paragraph = _tokens.Sentence(_tokens.SentenceOf(open)).Paragraph;
        if (_tokens.Sentence(_tokens.SentenceOf(open)).FirstToken != open || open == 0 || !_tokens.IsChar(open - 1, ':')) return null;
        var colon = open - 1;
        var colonSentence = _tokens.Sentence(_tokens.SentenceOf(colon));
        if (colonSentence.Paragraph >= paragraph) return null;   // within a paragraph, BeforeQuotation has looked already
        var first = colonSentence.FirstToken;
        if (StatementLeadIn(colon, first) is { } lead) return Quotation(q, lead.Cue, lead.Source);
        for (var j = colon - 1; j >= first && colon - j <= MaxCueDistance; j--)
        {
            if (_quoted[j]) return null;
            if (!IsCue(j, CueFrame.Clause) || _usedCue[j] || IsNounUse(j)) continue;
            // "Stated Stone:": a cue opening the sentence has its speaker after it
            if (j == first && _phrases.RightOf(j + 1, colon - 1) is { } after && after.Last == colon - 1 && NamesSomeone(after, first))
                return Quotation(q, new TokenRange(j, j), after);
            // only adverbials may stand between the cue and the colon: "said on Tuesday:"
            if (SkipAdjuncts(j + 1, colon - 1) < colon) return null;
            return Quotation(q, new TokenRange(j, j), SourceOfCue(j, first));
        }
        // "WALLACE:" or "Mr. Trump:" alone on its line
        return _phrases.PhraseEndingAt(colon - 1, first) is { } label && label.First == first && _tokens.IsCapitalized(label.Last)
            ? Quotation(q, new TokenRange(colon, colon), label)
            : null;
    }

    /// <summary>
    /// "Clinton released the following statement:", "Sanders made the following comment:", "Trump
    /// said the following:": the object of the lead-in announces the words after the colon, and the
    /// one who issues or says them is the speaker. The cue runs from the verb to the noun.
    /// </summary>
    private (TokenRange Cue, TokenRange Source)? StatementLeadIn(int colon, int first)
    {
        var k = colon - 1;
        var noun = _tokens.IsAny(k, AnnouncedNouns) ? k-- : -1;
        if (_tokens.Is(k, "following")) k--;
        else if (noun < 0) return null;
        if (!_tokens.IsAny(k, WordClasses.Determiners)) return null;
        var verb = k - 1;
        if (verb < first || _quoted[verb]) return null;
        // with a noun the verb only hands it over ("issued", "released"); without one it says ("said the following")
        if (noun < 0 ? !IsCue(verb, CueFrame.Clause) : !(IsCue(verb, CueFrame.Clause) || _tokens.IsAny(verb, HandingOverVerbs))) return null;
        return _phrases.LeftOf(verb, first) is { } source && NamesSomeone(source, first)
            ? (new TokenRange(verb, noun >= 0 ? noun : verb), source)
            : null;
    }

    private static readonly FrozenSet<string> AnnouncedNouns = new[]
    {
        "statement", "statements", "comment", "comments", "remark", "remarks", "message", "response", "reply", "tweet", "tweets", "post",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> HandingOverVerbs = new[]
    {
        "issued", "issues", "issue", "released", "releases", "release", "made", "makes", "make", "gave", "gives", "give", "posted",
        "posts", "sent", "sends", "offered", "offers", "provided", "provides", "delivered", "delivers", "shared", "shares", "put",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "“The only way Wall Street will change …” for criminal behaviour, she said.": a quotation
    /// that the sentence carries on, and a cue with its speaker after a comma at the end.
    /// </summary>
    private Attribution? TrailingClause(QuotedSpan q, int close)
    {
        if (!q.IsClosed) return null;
        var sentence = _tokens.Sentence(_tokens.SentenceOf(close));
        var last = LastContentToken(sentence);
        for (var m = close + 1; m <= last && m - close <= MaxCueDistance; m++)
        {
            if (_quoted[m]) return null;
            if (!_tokens.IsComma(m)) continue;
            var cue = m + 1;
            while (cue <= last && cue - m <= 8 && !IsCue(cue, CueFrame.Inverts)) cue++;
            if (cue > last || cue - m > 8) continue;
            var source = _phrases.LeftOf(cue, m + 1) ?? _phrases.RightOf(SkipRightAdverbs(cue + 1, last), last);
            if (source is not { } s || (s.First != m + 1 && s.First != cue + 1 && s.First <= cue)) continue;
            // "…, said Steve Elmendorf, deputy chief of staff to …": an apposition may close the sentence
            if (SkipAdjuncts(Math.Max(cue, s.Last) + 1, last) <= last && !(s.First > cue && _tokens.IsComma(s.Last + 1))) continue;
            _usedCue[cue] = true;
            return new Attribution(_tokens.Span(LeadInStart(q), m - 1)) { Cue = new TokenRange(cue, cue), Source = source, FromQuotation = true };
        }
        return null;
    }

    private Attribution? AccordingToBefore(QuotedSpan q, int to, int first)
    {
        var according = new TokenRange(to - 1, to);
        var source = _phrases.RightOf(to + 1, q.OpenToken - 1, afterAccordingTo: true);
        if (LeadsStraightIntoQuotation(to, q.OpenToken, out _) || _tokens.IsComma(q.OpenToken - 1))
            return Quotation(q, according, source);
        // "According to his physician, the businessman had "astonishingly excellent" results": the clause after the source is its claim
        if (source is { } s && _tokens.IsComma(s.Last + 1) && s.Last + 2 < q.OpenToken && !AttributedBetween(s.Last + 2, q.OpenToken))
            return Claim(_tokens.Span(s.Last + 2, ReportedClauseEnd(q, s.Last + 2, _tokens.Sentence(_tokens.SentenceOf(q.OpenToken)))), according, source);
        return null;
    }

    /// <summary>
    /// Where the words a trailing attribution covers begin: "Mr. Kim's ''execution has been
    /// challenged,'' Mr. Solomon said" attributes the sentence from its start, the quotation and the
    /// words that lead into it, unless those have a speaker of their own.
    /// </summary>
    private int LeadInStart(QuotedSpan q)
    {
        var start = SkipOpeningConnective(_tokens.Sentence(_tokens.SentenceOf(q.OpenToken)).FirstToken, q.OpenToken);
        // a dash, colon or semicolon closes what leads in ("ahead of the primary — “We didn’t want a fair fight,”")
        for (var m = q.OpenToken - 1; m >= start; m--)
            if (_tokens.IsDash(m) || _tokens.IsChar(m, ':') || _tokens.IsChar(m, ';')) { start = m + 1; break; }
        return start < q.OpenToken && HasLetters(start, q.OpenToken - 1) && !AttributedBetween(start, q.OpenToken) ? start : q.OpenToken;
    }

    private Attribution WithLeadIn(QuotedSpan q, int close, TokenRange cue, TokenRange? source) =>
        LeadInStart(q) is var start && start < q.OpenToken ? Claim(_tokens.Span(start, close), cue, source) : Quotation(q, cue, source);

    /// <summary>Whether a cue or another quotation stands between <paramref name="from"/> and <paramref name="to"/> (exclusive): then the words there have a speaker of their own.</summary>
    private bool AttributedBetween(int from, int to)
    {
        for (var m = from; m < to; m++)
            if (_quoted[m] || _usedCue[m] || IsCue(m) && !IsNounUse(m) || _tokens.Is(m, "according")) return true;
        return false;
    }

    private Attribution Claim(TextSpan content, TokenRange cue, TokenRange? source)
    {
        for (var c = cue.First; c <= cue.Last; c++) _usedCue[c] = true;
        return new Attribution(content) { Cue = cue, Source = source, FromQuotation = true };
    }

    /// <summary>
    /// Whether only a colon, a comma, "that", the person addressed or an adverbial ("in a
    /// statement", "on Twitter") stand between the cue and the opening mark. Otherwise
    /// <paramref name="contentStart"/> is where the reported clause begins.
    /// </summary>
    private bool LeadsStraightIntoQuotation(int cue, int open, out int contentStart)
    {
        contentStart = cue + 1;
        var k = SkipRightAdverbs(cue + 1, open - 1);
        if (_tokens.Is(k, "that"))
        {
            contentStart = k + 1;
            return k + 1 == open;
        }
        if (k == open) return true;
        for (var m = k; m < open && m - k <= MaxAdjunctTokens; m++)
        {
            if (_tokens.Is(m, "that"))
            {
                contentStart = m + 1;
                return m + 1 == open;
            }
            if ((_tokens.IsChar(m, ':') || _tokens.IsComma(m)) && m + 1 == open) return true;
        }
        contentStart = k;
        return false;
    }

    /// <summary>
    /// Where a reported clause that holds a quotation ends: where any reported clause ends (the
    /// sentence's end, a semicolon, a new attribution), but never inside the quotation.
    /// </summary>
    private int ReportedClauseEnd(QuotedSpan q, int contentStart, Sentence sentence)
    {
        var close = q.IsClosed ? q.CloseToken : LastTokenIn(q.Span);
        var last = LastContentToken(sentence);
        var end = ClauseEnd(contentStart, last, inFrontedClause: false);
        if (end >= close) return end;
        // the clause ended inside the quotation: keep the whole quotation and any joined to it
        for (var m = close + 1; m <= last && _quoted[m]; m++) close = m;
        return close;
    }

    private Attribution? ContinuingQuotation(QuotedSpan q)
    {
        var previous = _found.Count > 0 ? _found[^1] : null;
        if (previous is null || !previous.FromQuotation || previous.Content.End > q.Span.Start) return null;
        var paragraphs = _tokens.Document.Paragraphs;
        var openSentence = _tokens.SentenceOf(q.OpenToken);
        var sentenceStartsHere = _tokens.Sentence(openSentence).FirstToken == q.OpenToken;
        if (!sentenceStartsHere) return null;

        var anchor = previous.Cue?.Last ?? previous.Source?.Last ?? _tokens.FirstTokenAt(previous.Content.End - 1);
        var anchorParagraph = _tokens.Sentence(_tokens.SentenceOf(anchor)).Paragraph;
        var paragraph = _tokens.Sentence(openSentence).Paragraph;
        var sameParagraph = paragraph == anchorParagraph && openSentence <= _tokens.SentenceOf(anchor) + 1;
        var afterASentenceAboutTheSpeaker = paragraph == anchorParagraph && openSentence == _tokens.SentenceOf(anchor) + 2 && IsAboutTheSpeaker(openSentence - 1);
        var nextParagraph = paragraph == NextStoryParagraph(anchorParagraph) && IsWholeParagraphQuoted(q, paragraphs[paragraph].Span);
        if (!sameParagraph && !nextParagraph && !afterASentenceAboutTheSpeaker) return null;
        if (sameParagraph && IsMostlyQuoted(previous.Content, q.Span))
        {
            // "“…,” said Amy Deace. “…”": the speaker's statement goes on after the cue, so it is one quote
            var joined = previous.Content.Cover(q.Span);
            _contents.Replace(previous.Content, joined);
            _found[^1] = previous with { Content = joined };
            return null;
        }
        return new Attribution(q.Span) { Continues = previous, Source = previous.Source, FromQuotation = true };
    }

    /// <summary>
    /// "“…,” Thiel wrote in a statement to Wired explaining why he is speaking at the convention, “but
    /// most Americans agree …”": a quotation that opens in lower case after a comma, in the sentence
    /// of the quotation attributed just before it, is the rest of the sentence the attribution
    /// interrupted, however long its aside, and so the same speaker's (joined into one quote, the
    /// aside would be most of it); unless the aside reports a clause ("adding that if …, “…”").
    /// </summary>
    private Attribution? RestOfInterruptedSentence(QuotedSpan q)
    {
        var previous = _found.Count > 0 ? _found[^1] : null;
        if (previous is not { FromQuotation: true, Source: not null, Cue: { } cue } || previous.Content.End > q.Span.Start) return null;
        var restOfSentence = _tokens.SentenceOf(cue.Last) == _tokens.SentenceOf(q.OpenToken) && cue.Last < q.OpenToken
                             && _tokens.IsComma(q.OpenToken - 1) && _tokens.IsWord(q.OpenToken + 1)
                             && char.IsLower(_tokens.Text[_tokens.Tokens[q.OpenToken + 1].Start]);
        if (!restOfSentence) return null;
        // "…,” she wrote, arguing that if …, “…”": a clause the aside reports is what the quotation completes
        for (var m = cue.Last + 1; m < q.OpenToken; m++)
            if (_tokens.Is(m, "that") || _quoted[m]) return null;
        return new Attribution(q.Span) { Continues = previous, Source = previous.Source, FromQuotation = true };
    }

    /// <summary>
    /// "“…,” Obama said after meeting Putin. He didn't suggest retaliation. “…”": a sentence between
    /// the attributed quotation and a bare one that opens with "he" or "she" and quotes no one
    /// goes on about the same speaker, whose quotation the bare one carries on.
    /// </summary>
    private bool IsAboutTheSpeaker(int sentence)
    {
        var s = _tokens.Sentence(sentence);
        if (!_tokens.Is(s.FirstToken, "he") && !_tokens.Is(s.FirstToken, "she")) return false;
        for (var k = s.FirstToken; k < s.EndToken; k++)
            if (_tokens.IsQuoteMark(k)) return false;
        return true;
    }

    /// <summary>Whether joining two quotations keeps at least half of the joined span quoted (the attribution between them is short).</summary>
    private static bool IsMostlyQuoted(TextSpan first, TextSpan second) =>
        (first.Length + second.Length) * 2 >= first.Cover(second).Length;

    /// <summary>
    /// "… Russia over Syria, Schiff said. “The other factor …”": a quotation with no cue of its own
    /// opening a sentence right after one that ends with its speaker and cue, in the same paragraph,
    /// is that speaker's. (The reported speech before it is found later, by the second pass.)
    /// </summary>
    private Attribution? AfterReportingSentence(QuotedSpan q)
    {
        var index = _tokens.SentenceOf(q.OpenToken);
        var sentence = _tokens.Sentence(index);
        if (sentence.FirstToken != q.OpenToken || index == 0) return null;
        var previous = _tokens.Sentence(index - 1);
        if (previous.Paragraph != sentence.Paragraph) return null;
        var last = previous.EndToken - 1;
        while (last >= previous.FirstToken && _tokens.IsSentenceEndPunctuation(last)) last--;
        if (last < previous.FirstToken + 1 || _quoted[last]) return null;
        TokenRange? source = null;
        if (IsCue(last, CueFrame.Clause) && !IsNounUse(last) && SourceOfCue(last, previous.FirstToken) is { } subject && _tokens.IsComma(subject.First - 1))
            source = subject;   // ", Schiff said."
        else
            for (var c = last - 1; c > previous.FirstToken && last - c <= 6; c--)
                if (IsCue(c, CueFrame.Clause) && _tokens.IsComma(c - 1) && _phrases.RightOf(c + 1, last) is { } inverted && inverted.Last == last)
                {
                    source = inverted;   // ", said Adam Schiff."
                    break;
                }
        return source is { } s && !IsRelative(s) && NamesSomeone(s, previous.FirstToken)
            ? new Attribution(q.Span) { Source = s, FromQuotation = true }
            : null;
    }

    /// <summary>
    /// Whether what stands before a label's phrase still lets it open the line: a dash after a
    /// newsletter's topic ("RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones: “…”") or "(More) from"
    /// at the sentence's start ("More from Jones: “…”", "From the report: “…”").
    /// </summary>
    private bool OpensLabel(int phraseStart, int first)
    {
        if (_tokens.IsDash(phraseStart - 1) || _tokens.IsChar(phraseStart - 1, '-')) return true;
        if (!_tokens.Is(phraseStart - 1, "from")) return false;
        return phraseStart - 1 == first || phraseStart - 2 == first && _tokens.Is(first, "more");
    }

    /// <summary>"Jones" of "More from Jones" and "the report" of "From the report".</summary>
    private TokenRange WithoutFrom(TokenRange label)
    {
        var start = label.First;
        if (_tokens.Is(start, "more") && _tokens.Is(start + 1, "from")) start += 2;
        else if (_tokens.Is(start, "from")) start++;
        return start <= label.Last ? new TokenRange(start, label.Last) : label;
    }

    private Attribution? Unattributed(QuotedSpan q, int close)
    {
        // A quotation with no cue in sight: keep it when it reads as a statement, not as a phrase in scare quotes.
        var sentence = _tokens.Sentence(_tokens.SentenceOf(q.OpenToken));
        if (sentence.FirstToken != q.OpenToken || WordCount(q.OpenToken, close) < 6) return null;
        return new Attribution(q.Span) { FromQuotation = true };
    }

    private Attribution Quotation(QuotedSpan q, TokenRange cue, TokenRange? source) => Claim(q.Span, cue, source);

    private bool HasLetters(int from, int to)
    {
        for (var i = from; i <= to; i++)
            if (_tokens.Tokens[i].Kind == TokenKind.Word) return true;
        return false;
    }

    private bool IsNamingOnly(int cue) => IsCue(cue, CueFrame.Naming) && !IsCue(cue, CueFrame.Clause);

    /// <summary>
    /// The naming cue that leads into the quotation opening at <paramref name="open"/>, past at most
    /// its object ("called Merkel “…”", "called his opponent ''Senator Cruz''", "dubbed it ‘…’"); else -1.
    /// </summary>
    private int NamingCueBefore(int open)
    {
        var first = _tokens.Sentence(_tokens.SentenceOf(open)).FirstToken;
        for (var j = open - 1; j >= first && open - j <= 6; j--)
        {
            if (_quoted[j] || !_tokens.IsWord(j) && !_tokens.IsPossessive(j)) return -1;
            if (!IsNamingOnly(j) || IsNounUse(j)) continue;
            // "a memoir called “A Charge to Keep”", "a song called “Time to Wake Up”": a thing's name, no one's words
            // (but "what Mr. Hedge called ''the prior economy model''")
            if (j == open - 1 && _tokens[j].EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !_tokens.IsNameWord(j - 1)
                && !_tokens.IsAny(j - 1, WordClasses.PersonalPronouns)) return -1;
            return j;
        }
        return -1;
    }

    private static readonly FrozenSet<string> CopularVerbs = new[] { "be", "become", "remain", "have" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ConditionOpeners = new[] { "if", "unless" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private bool IsWholeParagraphQuoted(QuotedSpan q, TextSpan paragraph) =>
        q.Span.Start == paragraph.Start && q.Span.End >= paragraph.End - 2;
}
