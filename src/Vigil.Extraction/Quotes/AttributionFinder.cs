using Vigil.Documents;

namespace Vigil.Extraction.Quotes;

/// <summary>
/// Finds who-said-what in one document, in two passes, after the lines that open with their
/// speaker and a colon ("Trump: …" as a headline, a transcript's "TAPPER: …"). First every quotation is tied to its cue:
/// after it ("“…,” Khalilzad wrote", "“…,” said an Indian official", "“…” ― Sonya Herridge"), before
/// it in its sentence ("Psaki insisted that “…”", "he told NBC: “…”"), or to the previous speaker
/// when it is a bare quotation that carries on. Then every remaining cue verb outside quotations
/// gives reported speech: its complement ("Mackenzie said that the United States …", "vowed to …"),
/// or the clause before it ("The talks failed, officials said.").
/// </summary>
internal sealed partial class AttributionFinder
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
        FindLabelledLines();
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
}
