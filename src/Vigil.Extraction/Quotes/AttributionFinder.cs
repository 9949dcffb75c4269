using Vigil.Documents;

namespace Vigil.Extraction.Quotes;

/// <summary>
/// Finds who-said-what in one document, in two passes. First every quotation is tied to its cue:
/// after it ("“…,” Khalilzad wrote", "“…,” said an Indian official", "“…” ― Sonya Herridge"), before
/// it in its sentence ("Psaki insisted that “…”", "he told NBC: “…”"), or to the previous speaker
/// when it is a bare quotation that carries on. Then every remaining cue verb outside quotations
/// gives reported speech: its complement ("Mackenzie said that the United States …", "vowed to …"),
/// or the clause before it ("The talks failed, officials said.").
/// </summary>
internal sealed class AttributionFinder
{
    private const int MaxTrailingSourceDistance = 40;
    private const int MaxAdjunctTokens = 12;

    /// <summary>
    /// How far a cue looks for its quotation, and how long a reported clause may run: real ones are
    /// far shorter, and the bounds keep a sentence of a thousand cues linear.
    /// </summary>
    private const int MaxCueDistance = 60;
    private const int MaxClauseTokens = 160;

    private readonly TokenText _tokens;
    private readonly SpeakerPhrases _phrases;
    private readonly bool[] _usedCue;
    private readonly bool[] _quoted;
    private readonly List<Attribution> _found = [];
    private readonly ContentIndex _contents = new();
    private readonly Dictionary<int, List<(int Cue, TokenRange Source)>> _sourcesBySentence = [];

    public AttributionFinder(TokenText tokens)
    {
        _tokens = tokens;
        _phrases = new SpeakerPhrases(tokens);
        _usedCue = new bool[tokens.Count];
        _quoted = new bool[tokens.Count];
    }

    public List<Attribution> Find()
    {
        var quotations = QuotationPairer.Pair(_tokens.Document);
        foreach (var q in quotations)
        {
            var last = q.IsClosed ? q.CloseToken : LastTokenIn(q.Span);
            for (var t = q.OpenToken; t <= last; t++) _quoted[t] = true;
        }
        for (var i = 0; i < quotations.Count; i++)
        {
            var attribution = AttributeQuotation(quotations[i]);
            // "“Hopefully,” the president said, “this museum can help…”" is one quotation, interrupted
            while (attribution is not null && i + 1 < quotations.Count
                   && (attribution.Cue is not null && ResumesAfterAttribution(attribution, quotations[i + 1]) || JoinedByConjunction(attribution, quotations[i + 1])))
            {
                var joined = attribution.Content.Cover(quotations[++i].Span);
                _contents.Replace(attribution.Content, joined);
                attribution = attribution with { Content = joined };
                _found[^1] = attribution;
            }
        }
        FindReportedSpeech();
        _found.Sort((a, b) => a.Content.CompareTo(b.Content));
        return _found;
    }

    // ---- quotations ----------------------------------------------------------------------------

    private Attribution? AttributeQuotation(QuotedSpan q)
    {
        var close = q.IsClosed ? q.CloseToken : LastTokenIn(q.Span);
        if (q.IsSingle && WordCount(q.OpenToken, close) < 4) return null;   // 'scare quotes', titles and nicknames
        if (!HasLetters(q.OpenToken, close) || _tokens.IsChar(q.OpenToken - 1, '=') || IsTitleOfWork(q.OpenToken, close)) return null;
        var attribution = AfterQuotation(q, close) ?? BeforeQuotation(q) ?? IntroducedByColon(q) ?? ContinuingQuotation(q)
                          ?? TrailingClause(q, close) ?? Unattributed(q, close);
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
        // "“…?” Graham asked." ends a sentence by its marks, yet its attribution follows
        if (_tokens.SentenceOf(k) != _tokens.SentenceOf(close)
            && !(EndsWithQuestionOrExclamation(q, close) && _tokens.Sentence(_tokens.SentenceOf(k)).FirstToken == k
                 && _tokens.Sentence(_tokens.SentenceOf(k)).Paragraph == _tokens.Sentence(_tokens.SentenceOf(close)).Paragraph))
            return null;
        var sentence = _tokens.Sentence(_tokens.SentenceOf(k));
        var end = sentence.EndToken - 1;

        if (_tokens.Is(k, "according") && _tokens.Is(k + 1, "to"))
            return Quotation(q, new TokenRange(k, k + 1), _phrases.RightOf(k + 2, end));
        if (_tokens.IsDash(k) || _tokens.IsChar(k, '―'))
            return _phrases.RightOf(k + 1, end) is { } dashed && _tokens.IsCapitalized(dashed.First)
                ? Quotation(q, new TokenRange(k, k), dashed) : null;

        var cueAt = k;
        while (cueAt <= end && _tokens.IsAny(cueAt, WordClasses.CueModifiers) && !IsCue(cueAt)) cueAt++;
        if (IsCue(cueAt, CueFrame.Inverts))
            return Quotation(q, new TokenRange(cueAt, cueAt), _phrases.RightOf(SkipRightAdverbs(cueAt + 1, end), end));

        // "“…,” U.S. Secretary of State Anthony Brinken said": the speaker's phrase starts right after the quotation
        if (!ClosesWithPunctuation(q, close) && _tokens.Sentence(_tokens.SentenceOf(q.OpenToken)).FirstToken != q.OpenToken) return null;
        for (var m = k; m <= end && m - k < MaxTrailingSourceDistance; m++)
        {
            if (_quoted[m]) return null;
            if (!IsCue(m, CueFrame.Clause)) continue;
            return _phrases.LeftOf(m, k) is { } source && source.First == k ? Quotation(q, new TokenRange(m, m), source) : null;
        }
        return null;
    }

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
            if (_tokens.IsChar(j, ':') && j == open - 1 && _phrases.PhraseEndingAt(j - 1, first) is { } labelled
                && labelled.First == first && !IsCue(j - 1))
                return Quotation(q, new TokenRange(j, j), labelled);   // "Trump: “…”"
            if (!IsCue(j, CueFrame.Clause | CueFrame.Naming | CueFrame.Infinitive) || _usedCue[j] || IsNounUse(j)) continue;

            var source = SourceOfCue(j, first);
            var naming = !IsCue(j, CueFrame.Clause);
            var contentStart = j + 1;
            if (!naming && LeadsStraightIntoQuotation(j, open, out contentStart) || naming && _tokens.IsChar(open - 1, ':'))
                return Quotation(q, new TokenRange(j, j), source);
            if (IsCue(j, CueFrame.Addressee | CueFrame.Infinitive) && AddresseeEnd(contentStart, open - 1) is var addressed and >= 0
                && _tokens.Is(addressed + 1, "to"))
                contentStart = addressed + 1;   // "tells his supporters to “go to your place and vote”"
            // "saying that militants “are not a group we trust”": the quotation is part of the reported clause
            if (source is null) return null;
            var end = ReportedClauseEnd(q, contentStart, sentence);
            return new Attribution(_tokens.Span(contentStart, end)) { Cue = new TokenRange(j, j), Source = source, FromQuotation = true };
        }
        return null;
    }

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
        for (var j = colon - 1; j >= first && colon - j <= MaxCueDistance; j--)
        {
            if (_quoted[j]) return null;
            if (!IsCue(j, CueFrame.Clause) || _usedCue[j] || IsNounUse(j)) continue;
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
            if (SkipAdjuncts(Math.Max(cue, s.Last) + 1, last) <= last) continue;
            _usedCue[cue] = true;
            return new Attribution(_tokens.Span(q.OpenToken, m - 1)) { Cue = new TokenRange(cue, cue), Source = source, FromQuotation = true };
        }
        return null;
    }

    private Attribution? AccordingToBefore(QuotedSpan q, int to, int first) =>
        LeadsStraightIntoQuotation(to, q.OpenToken, out _) || _tokens.IsComma(q.OpenToken - 1)
            ? Quotation(q, new TokenRange(to - 1, to), _phrases.RightOf(to + 1, q.OpenToken - 1))
            : null;

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
        var nextParagraph = paragraph == NextStoryParagraph(anchorParagraph) && IsWholeParagraphQuoted(q, paragraphs[paragraph].Span);
        if (!sameParagraph && !nextParagraph) return null;
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

    /// <summary>Whether joining two quotations keeps at least half of the joined span quoted (the attribution between them is short).</summary>
    private static bool IsMostlyQuoted(TextSpan first, TextSpan second) =>
        (first.Length + second.Length) * 2 >= first.Cover(second).Length;

    private Attribution? Unattributed(QuotedSpan q, int close)
    {
        // A quotation with no cue in sight: keep it when it reads as a statement, not as a phrase in scare quotes.
        var sentence = _tokens.Sentence(_tokens.SentenceOf(q.OpenToken));
        if (sentence.FirstToken != q.OpenToken || WordCount(q.OpenToken, close) < 6) return null;
        return new Attribution(q.Span) { FromQuotation = true };
    }

    private Attribution Quotation(QuotedSpan q, TokenRange cue, TokenRange? source)
    {
        for (var c = cue.First; c <= cue.Last; c++) _usedCue[c] = true;
        return new Attribution(q.Span) { Cue = cue, Source = source, FromQuotation = true };
    }

    // ---- reported speech -------------------------------------------------------------------------

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

    private Attribution? Reported(int cue, Sentence sentence)
    {
        CueLexicon.TryGet(_tokens[cue], out _, out var frame);
        var first = sentence.FirstToken;
        var last = LastContentToken(sentence);

        // "The talks failed, said a senior official."
        if (_tokens.IsComma(cue - 1) && cue - 1 > first && (frame & CueFrame.Inverts) != 0
            && _phrases.RightOf(SkipRightAdverbs(cue + 1, last), last) is { } inverted
            && (SkipAdjuncts(inverted.Last + 1, last) > last || _tokens.IsComma(inverted.Last + 1) && _tokens.IsCapitalized(inverted.Last)))
            return Reported(_tokens.Span(SkipOpeningConnective(first, cue - 1), cue - 2), cue, inverted);

        if (SourceOfCue(cue, first) is not { } source) return null;

        // "The talks failed, officials said." and "The talks, officials said, failed."
        var comma = source.First - 1;
        if (_tokens.IsComma(comma) && comma > first && (frame & CueFrame.Clause) != 0 && !IsRelative(source))
        {
            var after = SkipAdjuncts(cue + 1, last);
            if (after > last) return Reported(_tokens.Span(SkipOpeningConnective(first, comma), comma - 1), cue, source);
            if (_tokens.IsComma(after) && after < last) return Reported(_tokens.Span(first, last), cue, source);
        }

        var start = ComplementStart(cue, last, frame);
        if (start < 0 || !HasWords(start, last, 2)) return null;
        var fronted = _tokens.IsAny(SkipOpeningConnective(first, cue), Subordinators);
        return Reported(_tokens.Span(start, ClauseEnd(start, last, fronted)), cue, source);
    }

    private Attribution Reported(TextSpan content, int cue, TokenRange? source)
    {
        _usedCue[cue] = true;
        return new Attribution(content) { Cue = new TokenRange(cue, cue), Source = source };
    }

    private Attribution? AccordingTo(int according, Sentence sentence)
    {
        var first = sentence.FirstToken;
        var last = LastContentToken(sentence);
        var source = _phrases.RightOf(according + 2, last);
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
            if (_tokens.IsAny(m, FiniteAuxiliaries)) return true;
            if (m >= firstVerb && IsPastTense(m) && !_tokens.IsCapitalized(m)) return true;   // "said the talks went well"
            if (_tokens.IsComma(m) || _tokens.IsDash(m)) continue;   // "single people and families - gay, straight - would"
            if (!_tokens.IsWord(m) || _tokens.IsAny(m, WordClasses.PhraseBreakers)) return false;
        }
        return false;
    }

    private bool IsPastTense(int i) =>
        _tokens[i].EndsWith("ed", StringComparison.OrdinalIgnoreCase) && _tokens[i].Length > 4 || _tokens.IsAny(i, IrregularPast);

    private static readonly FrozenSet<string> IrregularPast = new[]
    {
        "went", "made", "took", "got", "came", "gave", "knew", "saw", "thought", "found", "left", "became", "began",
        "kept", "held", "brought", "felt", "lost", "ran", "won", "fell", "rose", "met", "paid", "sent", "built", "spent",
        "stood", "sold", "meant", "led", "broke", "chose", "drove", "grew", "hid", "rode", "shook", "spoke", "stole",
        "struck", "swore", "threw", "wore", "wrote", "fought", "sought", "caught", "taught", "bought",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> SubjectPronouns = new[] { "he", "she", "they", "we", "i", "you", "it", "there" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> WhWords = new[] { "whether", "if", "why", "how", "what", "when", "where", "who" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> FiniteAuxiliaries = new[]
    {
        "is", "was", "are", "were", "will", "would", "can", "could", "should", "must", "may", "might", "has", "have",
        "had", "did", "does", "do", "won't", "wouldn't", "can't", "couldn't", "isn't", "wasn't", "aren't", "weren't",
        "hasn't", "haven't", "hadn't", "didn't", "doesn't", "don't", "shall", "needs", "wants", "plans",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

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
        if (k >= first && (_tokens.Is(k, "and") || _tokens.Is(k, "but") || _tokens.Is(k, "to") && !_tokens.Is(k - 1, "according")
                           || (participle && !progressive && _tokens.IsComma(k))))
            return EarlierSourceInSentence(cue, first) ?? _phrases.MainSubject(first, k);
        if (participle && !progressive) return null;   // "promising to allow …" without a subject of its own
        return _phrases.SubjectEndingAt(k, first);
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

    private bool IsRelative(TokenRange source) => source.Length == 1 && _tokens.IsAny(source.First, WordClasses.RelativePronouns);

    /// <summary>
    /// A cue word that does not attribute: a noun ("the report", "his claim") or a passive with no
    /// one holding the view ("is expected to", "was reported").
    /// </summary>
    private bool IsNounUse(int cue) =>
        IsPassive(cue) || IsAmbiguousNoun(cue) ||
        _tokens.IsAny(cue - 1, WordClasses.Determiners) && !_tokens.Is(cue - 1, "that")
        || _tokens.IsAny(cue - 1, WordClasses.InnerPrepositions) && !_tokens[cue].EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Cue forms that are as often nouns ("18 states", "the reports", "poll numbers show") count as
    /// verbs only after a pronoun, a name or an auxiliary: "she states", "Smith reports", "has claimed".
    /// </summary>
    private bool IsAmbiguousNoun(int cue)
    {
        if (!WordClasses.Contains(NounLikeCues, _tokens[cue])) return false;
        var k = cue - 1;
        return _tokens.Tokens[Math.Max(k, 0)].Kind == TokenKind.Number || _tokens.Is(k, "’s") || _tokens.Is(k, "'s")
               || _tokens.IsAny(k, WordClasses.InnerPrepositions) || _tokens.IsAny(cue + 1, NounFollowers);
    }

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

    private bool IsCue(int i) => IsCue(i, CueFrame.Clause | CueFrame.Infinitive | CueFrame.Addressee | CueFrame.Inverts);

    /// <summary>A cue verb with one of the frames wanted; a capitalised one only at the start of its sentence ("Secretary of State", "United States").</summary>
    private bool IsCue(int i, CueFrame needed) =>
        i >= 0 && i < _tokens.Count && CueLexicon.TryGet(_tokens[i], out _, out var frame) && (frame & needed) != 0
        && (!_tokens.IsCapitalized(i) || _tokens.Sentence(_tokens.SentenceOf(i)).FirstToken == i);

    // ---- helpers -------------------------------------------------------------------------------

    private bool Add(Attribution attribution)
    {
        if (attribution.Content.IsEmpty || Overlaps(attribution.Content)) return false;
        _found.Add(attribution);
        _contents.Add(attribution.Content);
        if (attribution is { Cue: { } cue, Source: { } source })
        {
            var sentence = _tokens.SentenceOf(cue.First);
            if (!_sourcesBySentence.TryGetValue(sentence, out var list)) _sourcesBySentence[sentence] = list = [];
            list.Add((cue.First, source));
        }
        return true;
    }

    private bool Overlaps(TextSpan content) => _contents.OverlapsMostly(content);

    private int LastContentToken(Sentence sentence)
    {
        var last = sentence.EndToken - 1;
        while (last > sentence.FirstToken && (_tokens.IsSentenceEndPunctuation(last) || _tokens.IsQuoteMark(last) && !_quoted[last])) last--;
        return last;
    }

    private bool HasLetters(int from, int to)
    {
        for (var i = from; i <= to; i++)
            if (_tokens.Tokens[i].Kind == TokenKind.Word) return true;
        return false;
    }

    /// <summary>A short quotation in title case ("Women in Power", 'All Bets Are Off.'): the title of a work, not speech.</summary>
    private bool IsTitleOfWork(int open, int close)
    {
        var words = 0;
        for (var i = open + 1; i < close; i++)
        {
            if (!_tokens.IsWord(i)) continue;
            words++;
            if (!_tokens.IsCapitalized(i) && !_tokens.IsAny(i, TitleSmallWords)) return false;
        }
        return words is >= 2 and <= 8;
    }

    private static readonly FrozenSet<string> TitleSmallWords = new[] { "a", "an", "the", "of", "in", "on", "and", "or", "to", "for", "at", "by", "with", "from", "as" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether [from..to] holds at least <paramref name="wanted"/> words; stops counting there.</summary>
    private bool HasWords(int from, int to, int wanted)
    {
        for (var i = from; i <= to && i < _tokens.Count; i++)
            if (_tokens.IsWord(i) && --wanted == 0) return true;
        return wanted <= 0;
    }

    private int WordCount(int from, int to)
    {
        var n = 0;
        for (var i = from; i <= to && i < _tokens.Count; i++)
            if (_tokens.IsWord(i)) n++;
        return n;
    }

    private int LastTokenIn(TextSpan span)
    {
        var t = _tokens.FirstTokenAt(span.End - 1);
        while (t + 1 < _tokens.Count && _tokens.Tokens[t + 1].End <= span.End) t++;
        return t;
    }

    private int NextStoryParagraph(int paragraph)
    {
        var document = _tokens.Document;
        for (var p = paragraph + 1; p < document.Paragraphs.Length; p++)
            if (!document.IsBoilerplate(document.Paragraphs[p].Span)) return p;
        return -1;
    }

    private bool IsWholeParagraphQuoted(QuotedSpan q, TextSpan paragraph) =>
        q.Span.Start == paragraph.Start && q.Span.End >= paragraph.End - 2;
}
