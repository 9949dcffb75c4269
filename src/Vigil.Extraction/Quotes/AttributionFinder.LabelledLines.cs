using Vigil.Documents;

namespace Vigil.Extraction.Quotes;

// Lines that open with their speaker and a colon: a headline's "Trump: …", a transcript's "TAPPER: …".
internal sealed partial class AttributionFinder
{
    private const int MaxLabelTokens = 6;

    /// <summary>
    /// "Trump: Cruz Has ‘To Come a Long Way’ On Ethanol", "Poll: Sanders Leads in Iowa": a headline
    /// that opens with a name and a colon attributes the rest of its line to that name; in the body,
    /// a transcript's speaker in capitals, someone the article names, does the same ("TAPPER: Do
    /// you think …?"). Section labels ("WATCH:", "Update:") attribute nothing.
    /// </summary>
    private void FindLabelledLines()
    {
        var sentences = _tokens.Document.Sentences;
        for (var s = 0; s < sentences.Length;)
        {
            var paragraph = sentences[s].Paragraph;
            var e = s;
            while (e + 1 < sentences.Length && sentences[e + 1].Paragraph == paragraph) e++;
            var last = Math.Min(sentences[e].EndToken, _tokens.Count) - 1;
            if (LabelledLine(sentences[s].FirstToken, last, headline: s == 0) is { } attribution) Add(attribution);
            s = e + 1;
        }
    }

    private Attribution? LabelledLine(int first, int last, bool headline)
    {
        var colon = first;
        while (colon <= last && colon - first <= MaxLabelTokens && !_tokens.IsChar(colon, ':')) colon++;
        if (colon == first || colon > last || colon - first > MaxLabelTokens || !_tokens.IsCapitalized(first)) return null;
        var named = false;
        for (var t = first; t < colon; t++)
        {
            if (_tokens.Tokens[t].Kind != TokenKind.Word) return null;   // "Day 3:", "Update (2):"
            if (!headline && (!IsInCapitals(t) || _tokens.IsAny(t, WordClasses.InnerPrepositions) || _tokens.Is(t, "the"))) return null;   // "STAT OF THE WEEK:"
            // a headline's speaker is a name, perhaps with its title or its people ("OK Gov Fallin", "Clinton camp", "AP-GfK Poll"),
            // or a source named by a noun ("Poll:", "Report:"); not a clause ("Clinton Wades In:", "Carly Fiorina Endorses Ted Cruz:")
            if (_tokens.IsInName(t)) named = true;
            else if (headline && !(_tokens.IsAny(t, LabelWords) || _tokens.IsAny(t, WordClasses.RoleNouns) || _tokens.IsAny(t, WordClasses.EntourageNouns))) return null;
        }
        if (headline && !named && !(colon - first == 1 && _tokens.IsAny(first, SourceNouns))) return null;
        // "GERMANY : Bundesbank leaves rates unchanged", "RUSSIA : Yeltsin backs …": a wire's slug in capitals names
        // the country the story is about, not who speaks
        if (headline && IsPlaceInCapitals(first, colon - 1)) return null;
        // a transcript's speaker is someone the article names ("TAPPER:" after "CNN's Jake Tapper"), not a notice ("PLEASE NOTE:")
        if (!headline && !IsSurnameOfAPerson(colon - 1)) return null;
        if (WordClasses.Contains(SectionLabels, _tokens.Text.AsSpan(_tokens.Tokens[first].Start, _tokens.Tokens[colon - 1].End - _tokens.Tokens[first].Start))) return null;
        var end = last;
        if (_tokens.IsSentenceEndPunctuation(end) && !_tokens.IsQuoteMark(end)) end--;
        if (end - colon < 3 || _quoted[colon + 1] && !_tokens.IsQuoteMark(colon + 1)) return null;
        // a line that is one quotation ("Cecile Richards: ‘I’m Sick Of …’") is a speaker's, whom a bare quotation after it carries on
        return new Attribution(_tokens.Span(colon + 1, end)) { Cue = new TokenRange(colon, colon), Source = new TokenRange(first, colon - 1), FromQuotation = _quoted[colon + 1] };
    }

    private HashSet<string>? _surnames;

    private bool IsSurnameOfAPerson(int t)
    {
        if (_surnames is null)
        {
            _surnames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var entity in _tokens.Document.Entities)
            {
                // named outside the labels too: a label alone makes a person of its word
                if (entity.Type != EntityType.Person || !entity.Mentions.Any(m => _tokens.Text.AsSpan(m.Start, m.Length).ContainsAnyInRange('a', 'z'))) continue;
                foreach (var alias in entity.Aliases.Append(entity.Name))
                    _surnames.Add(alias[(alias.LastIndexOf(' ') + 1)..]);
            }
        }
        return _surnames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(_tokens[t]);
    }

    private bool IsPlaceInCapitals(int first, int last)
    {
        for (var t = first; t <= last; t++)
            if (!IsInCapitals(t)) return false;
        var span = _tokens.Span(first, last);
        return _tokens.Document.Entities.Any(e => e.Type is EntityType.Gpe or EntityType.Loc && e.Mentions.Contains(span));
    }

    private bool IsInCapitals(int t)
    {
        var word = _tokens[t];
        if (word.Length < 2) return false;   // "Q:", "A:" stand for no one
        foreach (var c in word)
            if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        return true;
    }

    /// <summary>Sources a headline names by a noun alone ("Poll: Sanders Leads", "Report: …").</summary>
    private static readonly FrozenSet<string> SourceNouns = new[]
    {
        "poll", "polls", "report", "survey", "study", "newspaper", "insiders", "historians", "experts", "officials", "sources", "analysts",
        "police", "prosecutors", "witnesses", "economists", "scientists", "doctors", "researchers", "critics", "voters", "residents", "aides",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words beside a name in a headline's speaker: titles, descriptions, what the source is ("Former", "Gov", "Challenger", "editorial").</summary>
    private static readonly FrozenSet<string> LabelWords = new[]
    {
        "former", "ex", "gov", "gov.", "sen", "sen.", "rep", "rep.", "ag", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "gen", "gen.", "challenger",
        "hacker", "candidate", "nominee", "hopeful", "chief", "leader", "editorial", "report", "poll", "survey", "study", "lawyer", "lawyers",
        "attorney", "spokesman", "spokeswoman", "official", "officials", "source", "sources",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>What a line may open with that names a section or a medium, not a speaker.</summary>
    private static readonly FrozenSet<string> SectionLabels = new[]
    {
        "watch", "video", "videos", "photo", "photos", "exclusive", "analysis", "opinion", "breaking", "breaking news", "update", "updated",
        "live", "editorial", "review", "explainer", "factbox", "fact check", "timeline", "podcast", "quiz", "note", "editor's note", "editor’s note",
        "correction", "clarification", "please note", "nb", "ps", "p.s", "edit", "important", "notice", "media release", "press release",
        "news release", "statement", "source", "sources", "related", "read more", "see also", "listen", "audio", "transcript", "full transcript", "graphic",
        "chart", "map", "highlights", "recap", "preview", "poll results", "letters", "obituary", "profile", "feature", "comment", "commentary",
        "interview", "q&a", "the latest", "latest", "report card", "tags", "topics", "category", "filed under", "image", "caption", "credit",
        "warning", "disclaimer", "advertisement", "sponsored", "subscribe", "share", "follow", "contact", "email", "e-mail", "phone", "tel", "fax",
        "address", "website", "web", "date", "time", "location", "where", "when", "who", "what", "why", "how", "subject", "from", "to", "cc", "sent",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
