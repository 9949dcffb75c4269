using Vigil.Documents;
using Vigil.Tracking.Text;

namespace Vigil.Tracking.Stance;

/// <summary>
/// Reads the stance of a report (an event's clause or a quote) towards a commitment's act, from the
/// words alone:
/// <list type="number">
/// <item>a promise said to be broken ("broke its pledge", "violated the agreement") contradicts;
/// one said to be kept ("honoured its word", "as promised") supports;</item>
/// <item>otherwise each text has a polarity: a preventing verb ("stopped … from"), a negator or a
/// word whose opposite the other text uses ("closed" against "open") flips it, as does a commitment
/// not to act. Opposite polarities contradict;</item>
/// <item>a report of the act as still to come ("will", "plans to", a planned event) mentions it;</item>
/// <item>a report of the act's own verb done, with the same polarity, supports;</item>
/// <item>anything else that shares the act's words mentions it.</item>
/// </list>
/// A flipping word counts only near the words the two texts share, so a "not" elsewhere in a long
/// quote does not turn it.
/// </summary>
public static class StanceReader
{
    // How far, in words, a cue may stand from the act's words in the report and still govern them.
    private const int Reach = 8;
    private const int PromiseReach = 3;

    /// <param name="act">The commitment's span: the committed act.</param>
    /// <param name="actNegated">The commitment is not to act (a refusal, "will not").</param>
    /// <param name="report">The report's words.</param>
    /// <param name="ignore">Stems of the actor's own name, which every report about the actor shares.</param>
    public static StanceReading Read(string act, bool actNegated, string report, EventStatus? eventStatus = null, bool eventNegated = false,
        IReadOnlySet<string>? ignore = null) =>
        Read(TextWords.Of(act), actNegated, TextWords.Of(report), eventStatus, eventNegated, ignore);

    /// <summary>The same reading, of texts whose words are already split and stemmed.</summary>
    public static StanceReading Read(TextWords act, bool actNegated, TextWords report, EventStatus? eventStatus = null, bool eventNegated = false,
        IReadOnlySet<string>? ignore = null)
    {
        var actWords = act.Words;
        // a copy in the order met, as the words gave it
        HashSet<string> actContent = [.. act.Content];
        if (ignore is not null) actContent.ExceptWith(ignore);
        var reportWords = report.Words;
        var reportStems = report.Stems;

        // where the report speaks of the act: its shared words, and its words opposite to the act's
        var anchors = new List<int>();
        var matched = new HashSet<string>(StringComparer.Ordinal);
        var opposed = new List<int>();
        for (var i = 0; i < reportStems.Count; i++)
        {
            var stem = reportStems[i];
            if (Words.IsStopWord(reportWords[i])) continue;
            if (actContent.Contains(stem))
            {
                anchors.Add(i);
                matched.Add(stem);
            }
            else if (actContent.FirstOrDefault(a => act.AreOpposite(a, report, stem)) is { } opposite)
            {
                anchors.Add(i);
                opposed.Add(i);
                matched.Add(opposite);
            }
        }
        var overlap = actContent.Count == 0 ? 0 : (double)matched.Count / actContent.Count;
        if (anchors.Count == 0)
            return new StanceReading(EvidenceStance.Mentions, 0, []);

        bool Near(int at) => anchors.Any(a => Math.Abs(a - at) <= Reach);
        string Cue(int at, int length) => string.Join(' ', reportWords.Skip(at).Take(length));

        if (PromiseCue(report, StanceLexicon.BreakingVerbs) is { } broken)
            return new StanceReading(EvidenceStance.Contradicts, overlap, [Cue(broken.At, broken.Length)]);
        if (PromiseCue(report, StanceLexicon.KeepingVerbs) is { } kept)
            return new StanceReading(EvidenceStance.Supports, overlap, [Cue(kept.At, kept.Length)]);
        if (report.Find(StanceLexicon.Kept).FirstOrDefault(k => Near(k.At)) is { Length: > 0 } asPromised)
            return new StanceReading(EvidenceStance.Supports, overlap, [Cue(asPromised.At, asPromised.Length)]);

        var flips = new List<(int At, int Length)>();
        flips.AddRange(report.Find(StanceLexicon.Preventers).Where(p => Near(p.At) && !opposed.Contains(p.At)));
        flips.AddRange(report.Find(StanceLexicon.Negators).Where(n => Near(n.At)));
        flips.AddRange(reportWords.Select((w, i) => (w, i)).Where(x => x.w.EndsWith("n't", StringComparison.Ordinal) && Near(x.i)).Select(x => (x.i, 1)));
        flips.AddRange(opposed.Select(o => (o, 1)));
        var reportPolarity = (flips.Count % 2 == 0 ? 1 : -1) * (eventNegated ? -1 : 1);
        var actPolarity = (actNegated ? -1 : 1) * (act.Find(StanceLexicon.Preventers).Count % 2 == 0 ? 1 : -1);
        var cues = flips.OrderBy(f => f.At).Select(f => Cue(f.At, f.Length)).Distinct().ToImmutableArray();
        if (reportPolarity != actPolarity)
            return new StanceReading(EvidenceStance.Contradicts, overlap, eventNegated ? cues.Add("did not happen") : cues);

        var future = report.Find(StanceLexicon.Future).Where(f => Near(f.At)).ToList();
        if (future.Count > 0 || eventStatus is EventStatus.Planned or EventStatus.Expected)
            return new StanceReading(EvidenceStance.Mentions, overlap, [.. future.Select(f => Cue(f.At, f.Length))]);

        var verbs = ActVerbs(actWords);
        if (reportStems.Any(verbs.Contains) || (actPolarity < 0 && flips.Count > 0))
            return new StanceReading(EvidenceStance.Supports, overlap, cues.IsEmpty ? [.. reportStems.Select((s, i) => (s, i)).Where(x => verbs.Contains(x.s)).Select(x => reportWords[x.i]).Take(1)] : cues);
        return new StanceReading(EvidenceStance.Mentions, overlap, []);
    }

    /// <summary>The act's verbs, as a commitment's span gives them: its first content word, and each word after "to" ("allow Afghans to leave").</summary>
    private static HashSet<string> ActVerbs(List<string> actWords)
    {
        var verbs = new HashSet<string>(StringComparer.Ordinal);
        if (actWords.FirstOrDefault(w => !Words.IsStopWord(w)) is { } first)
            verbs.Add(Words.Stem(first));
        for (var i = 0; i + 1 < actWords.Count; i++)
            if (actWords[i] == "to" && !Words.IsStopWord(actWords[i + 1]))
                verbs.Add(Words.Stem(actWords[i + 1]));
        return verbs;
    }

    /// <summary>A verb of <paramref name="verbs"/> followed, within a few words, by a word for a promise.</summary>
    private static (int At, int Length)? PromiseCue(TextWords report, StemPhrases verbs)
    {
        var nouns = report.Find(StanceLexicon.PromiseNouns);
        foreach (var (at, length) in report.Find(verbs))
            foreach (var (noun, _) in nouns)
                if (noun >= at + length && noun - (at + length) < PromiseReach)
                    return (at, noun - at + 1);
        return null;
    }
}
