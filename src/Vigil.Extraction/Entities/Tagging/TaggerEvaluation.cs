namespace Vigil.Extraction.Entities.Tagging;

/// <summary>Precision, recall and F1 of exact name spans and classes, as conlleval counts them.</summary>
public sealed record SpanScore(int Correct, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static SpanScore operator +(SpanScore a, SpanScore b) => new(a.Correct + b.Correct, a.Predicted + b.Predicted, a.Gold + b.Gold);

    public override string ToString() => $"precision {Precision:F3} recall {Recall:F3} F1 {F1:F3} ({Gold} gold)";
}

/// <summary>Scores a tagger on labelled documents, on their own tokens; MISC left out, as the evaluation of ../shared/eval does.</summary>
public static class TaggerEvaluation
{
    public static SpanScore Score(EntityTagger tagger, IEnumerable<LabelledDocument> documents) =>
        ScoreByClass(tagger, documents).Values.Aggregate(new SpanScore(0, 0, 0), (a, b) => a + b);

    /// <summary>The scores of people, organisations and places apart.</summary>
    public static SortedDictionary<NameClass, SpanScore> ScoreByClass(EntityTagger tagger, IEnumerable<LabelledDocument> documents)
    {
        var total = new SortedDictionary<NameClass, SpanScore>
        {
            [NameClass.Person] = new(0, 0, 0), [NameClass.Organisation] = new(0, 0, 0), [NameClass.Location] = new(0, 0, 0),
        };
        foreach (var d in documents)
        {
            var doc = TaggerDocument.FromTokens(d.Sentences.Select(s => (IReadOnlyList<string>)s.Tokens));
            var predicted = tagger.Tag(doc).Where(n => n.Class != NameClass.Miscellaneous)
                .Select(n => (n.Sentence, n.FirstToken, n.EndToken, n.Class)).ToHashSet();
            var gold = d.Sentences.SelectMany((s, i) => BioTags.Spans(s.Tags).Where(x => x.Class != NameClass.Miscellaneous)
                .Select(x => (i, x.First, x.End, x.Class))).ToHashSet();
            foreach (var c in total.Keys.ToList())
                total[c] += new SpanScore(predicted.Count(p => p.Class == c && gold.Contains(p)), predicted.Count(p => p.Class == c), gold.Count(g => g.Class == c));
        }
        return total;
    }
}

/// <summary>The sentences a tagger gets wrong, with gold and predicted names marked, for people tuning it.</summary>
public static class TaggerErrors
{
    public static IEnumerable<string> Describe(EntityTagger tagger, IEnumerable<LabelledDocument> documents)
    {
        foreach (var d in documents)
        {
            var doc = TaggerDocument.FromTokens(d.Sentences.Select(s => (IReadOnlyList<string>)s.Tokens));
            var predicted = tagger.Tag(doc).ToLookup(n => n.Sentence);
            for (var s = 0; s < d.Sentences.Length; s++)
            {
                var tokens = d.Sentences[s].Tokens;
                var gold = BioTags.Spans(d.Sentences[s].Tags).Select(x => (x.First, x.End, x.Class)).ToHashSet();
                var pred = predicted[s].Select(n => (n.FirstToken, n.EndToken, n.Class)).ToHashSet();
                if (gold.SetEquals(pred)) continue;
                string Show((int First, int End, NameClass Class) x) => $"{string.Join(' ', tokens[x.First..x.End])}/{x.Class.ToString()[..3]}";
                yield return $"{string.Join(' ', tokens)}\n    missed: {string.Join(" | ", gold.Except(pred).Select(Show))}\n    wrong:  {string.Join(" | ", pred.Except(gold).Select(Show))}";
            }
        }
    }
}
