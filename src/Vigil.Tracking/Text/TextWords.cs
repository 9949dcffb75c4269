using Vigil.Tracking.Stance;
using Lexical = Vigil.Tracking.Text.Words;

namespace Vigil.Tracking.Text;

/// <summary>
/// A text's words as the tracker reads them, computed once: the tracker compares one text with
/// many (a quote with every tracked commitment of its actor), and splitting and stemming each time
/// cost more than the comparisons.
/// </summary>
public sealed class TextWords
{
    private readonly Dictionary<string, (UInt128 A, UInt128 B)> _opposable;
    private readonly UInt128 _sideA, _sideB;
    private Dictionary<StemPhrases, (int At, int Length)[]>? _found;

    private TextWords(string text)
    {
        Text = text;
        Words = Lexical.Of(text);
        Stems = [.. Words.Select(Lexical.Stem)];
        Content = [.. Words.Where(w => !Lexical.IsStopWord(w) && w.Length > 1 && !char.IsDigit(w[0])).Select(Lexical.Stem)];
        Keys = [.. Words.Where(w => !Lexical.IsStopWord(w)).Select(Lexical.Stem)];
        _opposable = new Dictionary<string, (UInt128, UInt128)>(StringComparer.Ordinal);
        foreach (var stem in Keys)
        {
            var sides = StanceLexicon.AntonymSides(stem);
            if (sides == default) continue;
            _opposable[stem] = sides;
            _sideA |= sides.A;
            _sideB |= sides.B;
        }
    }

    public string Text { get; }

    /// <summary>The lower-cased words, in order (<see cref="Lexical.Of"/>).</summary>
    public List<string> Words { get; }

    /// <summary>The stem of each word, in order.</summary>
    public List<string> Stems { get; }

    /// <summary>The stems of the words that carry content, in the order met (<see cref="Lexical.ContentStems"/>).</summary>
    public HashSet<string> Content { get; }

    /// <summary>The stems of every word but the function words: what a report can share with an act.</summary>
    public HashSet<string> Keys { get; }

    public static TextWords Of(string text) => new(text);

    /// <summary>
    /// Where the entries of <paramref name="phrases"/> occur in <see cref="Stems"/>
    /// (<see cref="StemPhrases.FindIn"/>), found once per text: a report is read against every act
    /// of its actor, and matching the lexicon's prefixes again for each was a third of ingest's time.
    /// </summary>
    public IReadOnlyList<(int At, int Length)> Find(StemPhrases phrases)
    {
        _found ??= [];
        if (!_found.TryGetValue(phrases, out var found))
            _found[phrases] = found = [.. phrases.FindIn(Stems)];
        return found;
    }

    /// <summary>
    /// Whether <paramref name="stem"/>, a word of this text that is not a function word, and
    /// <paramref name="other"/>'s <paramref name="otherStem"/> name opposite acts: exactly
    /// <see cref="StanceLexicon.AreOpposite"/>, by the antonym bits of each computed once.
    /// </summary>
    public bool AreOpposite(string stem, TextWords other, string otherStem) =>
        _opposable.TryGetValue(stem, out var mine) && other._opposable.TryGetValue(otherStem, out var theirs)
        && ((mine.A & theirs.B) != 0 || (mine.B & theirs.A) != 0);

    /// <summary>
    /// Whether the report shares a content word of this act (those in <paramref name="ignore"/>
    /// apart) or uses one's opposite: exactly when <see cref="StanceReader.Read(TextWords, bool, TextWords, Documents.EventStatus?, bool, IReadOnlySet{string}?)"/>
    /// would not find the report unrelated, at the cost of a few set lookups.
    /// </summary>
    public bool SharesWordsWith(TextWords report, IReadOnlySet<string>? ignore)
    {
        var opposable = (_sideA & report._sideB) != 0 || (_sideB & report._sideA) != 0;
        foreach (var stem in Content)
        {
            if (ignore is not null && ignore.Contains(stem)) continue;
            if (report.Keys.Contains(stem)) return true;
            if (opposable && _opposable.TryGetValue(stem, out var sides) && ((sides.A & report._sideB) != 0 || (sides.B & report._sideA) != 0))
                return true;
        }
        return false;
    }
}
