using Vigil.Documents;

namespace Vigil.Extraction.Entities.Tagging;

/// <summary>How a sentence is cased: headlines capitalise words that are no names, so case means less there.</summary>
internal enum SentenceCase : byte { Normal, Title, Capitals }

/// <summary>
/// The features of every token of one sentence, as hashed keys. Computed once per token from a
/// handful of per-token hashes (form, lower-case form, shape, affixes), so that no feature string
/// is ever built. The same code serves training and tagging, which keeps the two in step.
/// </summary>
internal sealed class SentenceFeatures
{
    public const int MaxPerToken = 52;

    // template ids; changing one changes every key, so a model records the version it was trained with
    public const int Version = 3;
    private const ulong Bias = 1, Word = 2, Lower = 3, ShapeT = 4, LengthT = 5, Prefix = 6, Suffix = 11;
    private const ulong PrevLower = 16, NextLower = 17, Prev2Lower = 18, Next2Lower = 19;
    private const ulong PrevShape = 20, NextShape = 21, Prev2Shape = 22, Next2Shape = 23;
    private const ulong PrevBigram = 24, NextBigram = 25, ShapeTrigram = 26, PrevWord = 27, Position = 28;
    private const ulong GazTag = 29, GazKind = 30, GazShape = 31, GazPrev = 35, GazNext = 36, TitleBefore = 32, TitleShape = 33, Mode = 34;
    private const ulong Document1 = 40, Document2 = 41;
    private const ulong Given = 42, GivenBefore = 43, RunHead = 44;
    private const ulong ClusterFine = 45, ClusterMiddle = 46, ClusterCoarse = 47, ClusterShape = 48;
    private const ulong PrevClusterFine = 49, NextClusterFine = 50, PrevClusterMiddle = 51, NextClusterMiddle = 52;
    private const ulong ClusterBigramBefore = 53, ClusterBigramAfter = 54, Prev2ClusterMiddle = 55, Next2ClusterMiddle = 56;

    private static readonly ulong Boundary = FeatureHash.Chars("<s>");
    private static readonly ulong None = FeatureHash.Chars("<none>");

    private readonly string _text;
    private readonly ImmutableArray<TextSpan> _tokens;
    private readonly Gazetteer _gazetteer;
    private readonly TaggerLexicon _lexicon;
    private readonly string?[] _keys;
    private readonly int _n;
    private readonly ulong[] _word, _lower, _shape, _affix, _gazTag, _gazType, _gazKind, _title, _runHead;
    private readonly uint[] _cluster;
    private readonly byte[] _length, _position;
    private readonly bool[] _nameLike, _given;
    private readonly SentenceCase _case;

    public SentenceFeatures(string text, ImmutableArray<TextSpan> tokens, Gazetteer gazetteer)
    {
        _text = text;
        _tokens = tokens;
        _gazetteer = gazetteer;
        _lexicon = TaggerLexicon.For(gazetteer);
        _n = tokens.Length;
        _keys = new string?[_n];
        _word = new ulong[_n];
        _lower = new ulong[_n];
        _shape = new ulong[_n];
        _affix = new ulong[_n * 8];
        _gazTag = new ulong[_n];
        _gazType = new ulong[_n];
        _gazKind = new ulong[_n];
        _title = new ulong[_n];
        _runHead = new ulong[_n];
        _cluster = new uint[_n];
        _length = new byte[_n];
        _position = new byte[_n];
        _nameLike = new bool[_n];
        _given = new bool[_n];
        _case = CaseOf(text, tokens);
        for (var i = 0; i < _n; i++)
            HashToken(i);
        MarkPositions();
        MarkGazetteer();
        MarkTitles();
        MarkRunHeads();
    }

    public int Count => _n;

    public SentenceCase Case => _case;

    /// <summary>The lower-case form's hash: what document consistency compares occurrences by.</summary>
    public ulong FormOf(int i) => _lower[i];

    /// <summary>Whether a token could be (part of) a name, so that its other occurrences in the article say something about it.</summary>
    public bool IsNameLike(int i) => _nameLike[i];

    /// <summary>Writes token <paramref name="i"/>'s keys into <paramref name="keys"/> and returns how many.</summary>
    public int Extract(int i, Span<ulong> keys)
    {
        var k = 0;
        var mode = (ulong)_case + 1;
        var shape = _shape[i];
        keys[k++] = FeatureHash.Combine(Bias, 0);
        keys[k++] = FeatureHash.Combine(Mode, mode);
        keys[k++] = FeatureHash.Combine(Word, _word[i]);
        keys[k++] = FeatureHash.Combine(Lower, _lower[i]);
        keys[k++] = FeatureHash.Combine(ShapeT, mode, shape);
        keys[k++] = FeatureHash.Combine(LengthT, mode, _length[i]);
        for (var a = 0; a < 4; a++)
        {
            if (_affix[i * 8 + a] != 0) keys[k++] = FeatureHash.Combine(Prefix + (ulong)a, _affix[i * 8 + a]);
            if (_affix[i * 8 + 4 + a] != 0) keys[k++] = FeatureHash.Combine(Suffix + (ulong)a, _affix[i * 8 + 4 + a]);
        }
        var p1 = i > 0 ? _lower[i - 1] : Boundary;
        var n1 = i + 1 < _n ? _lower[i + 1] : Boundary;
        keys[k++] = FeatureHash.Combine(PrevLower, p1);
        keys[k++] = FeatureHash.Combine(NextLower, n1);
        keys[k++] = FeatureHash.Combine(Prev2Lower, i > 1 ? _lower[i - 2] : Boundary);
        keys[k++] = FeatureHash.Combine(Next2Lower, i + 2 < _n ? _lower[i + 2] : Boundary);
        var ps = i > 0 ? _shape[i - 1] : Boundary;
        var ns = i + 1 < _n ? _shape[i + 1] : Boundary;
        keys[k++] = FeatureHash.Combine(PrevShape, mode, ps);
        keys[k++] = FeatureHash.Combine(NextShape, mode, ns);
        keys[k++] = FeatureHash.Combine(Prev2Shape, mode, i > 1 ? _shape[i - 2] : Boundary);
        keys[k++] = FeatureHash.Combine(Next2Shape, mode, i + 2 < _n ? _shape[i + 2] : Boundary);
        keys[k++] = FeatureHash.Combine(PrevBigram, p1, _lower[i]);
        keys[k++] = FeatureHash.Combine(NextBigram, _lower[i], n1);
        keys[k++] = FeatureHash.Combine(ShapeTrigram, mode, FeatureHash.Combine(ps, shape), ns);
        keys[k++] = FeatureHash.Combine(PrevWord, i > 0 ? _word[i - 1] : Boundary);
        if (_position[i] != 0)
            keys[k++] = FeatureHash.Combine(Position, _position[i], shape);
        if (_gazTag[i] != 0)
        {
            keys[k++] = FeatureHash.Combine(GazTag, _gazTag[i]);
            keys[k++] = FeatureHash.Combine(GazKind, _gazKind[i]);
            keys[k++] = FeatureHash.Combine(GazShape, _gazTag[i], mode, shape);
        }
        keys[k++] = FeatureHash.Combine(GazPrev, i > 0 ? _gazType[i - 1] : Boundary, _gazType[i]);
        keys[k++] = FeatureHash.Combine(GazNext, _gazType[i], i + 1 < _n ? _gazType[i + 1] : Boundary);
        // a given name, and the word after one: "Darnell Hurt" is a person though neither word was seen in training
        if (_given[i])
            keys[k++] = FeatureHash.Combine(Given, mode, i + 1 < _n && _nameLike[i + 1] ? 1UL : 0UL);
        if (i > 0 && _given[i - 1] && _nameLike[i])
            keys[k++] = FeatureHash.Combine(GivenBefore, mode, shape);
        if (_runHead[i] != 0)
            keys[k++] = FeatureHash.Combine(RunHead, mode, _runHead[i]);
        if (_title[i] != 0)
        {
            keys[k++] = FeatureHash.Combine(TitleBefore, _title[i]);
            keys[k++] = FeatureHash.Combine(TitleShape, _title[i], shape);
        }
        // word clusters (0: a word the vectors do not know, itself a sign of a rare name)
        var cluster = _cluster[i];
        keys[k++] = FeatureHash.Combine(ClusterFine, WordClusters.Fine(cluster));
        keys[k++] = FeatureHash.Combine(ClusterMiddle, WordClusters.Middle(cluster));
        keys[k++] = FeatureHash.Combine(ClusterCoarse, WordClusters.Coarse(cluster));
        keys[k++] = FeatureHash.Combine(ClusterShape, mode, WordClusters.Fine(cluster), shape);
        var before = i > 0 ? _cluster[i - 1] : uint.MaxValue;
        var after = i + 1 < _n ? _cluster[i + 1] : uint.MaxValue;
        keys[k++] = FeatureHash.Combine(PrevClusterFine, WordClusters.Fine(before));
        keys[k++] = FeatureHash.Combine(NextClusterFine, WordClusters.Fine(after));
        keys[k++] = FeatureHash.Combine(PrevClusterMiddle, WordClusters.Middle(before));
        keys[k++] = FeatureHash.Combine(NextClusterMiddle, WordClusters.Middle(after));
        keys[k++] = FeatureHash.Combine(ClusterBigramBefore, WordClusters.Middle(before), WordClusters.Middle(cluster));
        keys[k++] = FeatureHash.Combine(ClusterBigramAfter, WordClusters.Middle(cluster), WordClusters.Middle(after));
        keys[k++] = FeatureHash.Combine(Prev2ClusterMiddle, WordClusters.Middle(i > 1 ? _cluster[i - 2] : uint.MaxValue));
        keys[k++] = FeatureHash.Combine(Next2ClusterMiddle, WordClusters.Middle(i + 2 < _n ? _cluster[i + 2] : uint.MaxValue));
        return k;
    }

    /// <summary>
    /// The document features of token <paramref name="i"/>: the class its other occurrences in
    /// the article were tagged with on the first pass (<paramref name="majority"/>: 0 for none
    /// tagged, 1 + class otherwise).
    /// </summary>
    public int ExtractDocument(int i, int majority, Span<ulong> keys)
    {
        var mode = (ulong)_case + 1;
        keys[0] = FeatureHash.Combine(Document1, (ulong)majority);
        keys[1] = FeatureHash.Combine(Document2, (ulong)majority, mode, _shape[i]);
        return 2;
    }

    private void HashToken(int i)
    {
        var span = _text.AsSpan(_tokens[i].Start, _tokens[i].Length);
        ulong word = FeatureHash.Start(), lower = FeatureHash.Start(), shape = FeatureHash.Start();
        char lastClass = '\0';
        bool upperFirst = false, anyLetter = false;
        for (var j = 0; j < span.Length; j++)
        {
            var c = Normal(span[j]);
            word = FeatureHash.Add(word, c);
            var l = char.ToLowerInvariant(c);
            lower = FeatureHash.Add(lower, l);
            // prefixes are the lower-case hash part way through (a one-letter word is its own prefix)
            if (j < 4 && (j + 1 < span.Length || j == 0)) _affix[i * 8 + j] = lower;
            var cls = char.IsUpper(c) ? 'X' : char.IsLetter(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (j == 0) upperFirst = char.IsUpper(c);
            anyLetter |= char.IsLetter(c);
            if (cls != lastClass) shape = FeatureHash.Add(shape, cls);
            lastClass = cls;
        }
        _word[i] = word;
        _lower[i] = lower;
        _shape[i] = shape;
        _cluster[i] = WordClusters.Of(lower);
        _length[i] = (byte)Math.Min(span.Length, 8);
        _nameLike[i] = anyLetter && (upperFirst || _case != SentenceCase.Normal);
        _given[i] = _nameLike[i] && TaggerLexicon.IsGivenName(span);
        for (var a = 1; a <= 4 && a <= span.Length; a++)
        {
            if (a == span.Length && a > 1) break;
            _affix[i * 8 + 4 + a - 1] = LowerHash(span[^(a + (a == 4 && span.Length > 6 ? 1 : 0))..]);
        }
    }

    internal static ulong LowerHash(ReadOnlySpan<char> s)
    {
        var h = FeatureHash.Start();
        foreach (var c in s) h = FeatureHash.Add(h, char.ToLowerInvariant(Normal(c)));
        return h;
    }

    /// <summary>Curly and straight quotes are one character to the model; digits are one digit.</summary>
    private static char Normal(char c) => c switch
    {
        '’' or '‘' or '‛' or '`' or '´' => '\'',
        '“' or '”' or '„' or '«' or '»' => '"',
        >= '0' and <= '9' => '0',
        _ => c,
    };

    private void MarkPositions()
    {
        var opening = true;
        for (var i = 0; i < _n; i++)
        {
            var s = _text.AsSpan(_tokens[i].Start, _tokens[i].Length);
            _position[i] = i == 0 ? (byte)1 : opening ? (byte)2 : (byte)0;
            opening = s is "\"" or "“" or "‘" or "``" or "'" or "(" or "[" or ":" or "-" or "—" or "–" or "--" or "«";
        }
    }

    /// <summary>Longest gazetteer names, left to right, each marked on its tokens as B or I of its type.</summary>
    private void MarkGazetteer()
    {
        var max = Math.Min(_gazetteer.MaxNameWords, 6);
        for (var i = 0; i < _n; i++)
            _gazType[i] = None;
        var start = 0;
        while (start < _n)
        {
            var first = _text.AsSpan(_tokens[start].Start, _tokens[start].Length);
            // lower-case place names ("in florida") are common in web text; they get features of their own
            var lowerCase = !_nameLike[start];
            if ((lowerCase && (first.Length < 4 || !char.IsLetter(first[0]))) || !_lexicon.StartsAName(first))
            {
                start++;
                continue;
            }
            var matched = -1;
            GazetteerEntry? entry = null;
            var lastWord = start;
            for (var end = start; end < _n && end - start < (lowerCase ? 3 : max); end++)
            {
                if (!char.IsLetterOrDigit(_text[_tokens[end].Start]) && end > start && !IsJoiner(end)) break;
                lastWord = end;
            }
            for (var end = lastWord; end >= start; end--)
            {
                if (!_nameLike[end] && !lowerCase) continue;
                if (lowerCase && !char.IsLower(_text[_tokens[end].Start])) continue;
                var surface = _text.AsSpan(_tokens[start].Start, _tokens[end].End - _tokens[start].Start);
                var found = _gazetteer.LookupKey(NameKey.For(surface), surface);
                if (found.IsEmpty) continue;
                matched = end;
                entry = found[0];
                break;
            }
            if (matched < 0)
            {
                start++;
                continue;
            }
            var type = FeatureHash.Combine(FeatureHash.Chars(entry!.Type.ToString()), lowerCase ? 1UL : 0UL);
            var kind = FeatureHash.Combine(FeatureHash.Chars(entry.Kind), lowerCase ? 1UL : 0UL);
            for (var k = start; k <= matched; k++)
            {
                _gazType[k] = type;
                _gazTag[k] = FeatureHash.Combine(k == start ? 1UL : 2UL, type);
                _gazKind[k] = FeatureHash.Combine(k == start ? 1UL : 2UL, kind);
            }
            start = matched + 1;
        }
    }

    private bool IsJoiner(int t)
    {
        var s = _text.AsSpan(_tokens[t].Start, _tokens[t].Length);
        return s is "-" or "'s" or "’s" or "&" or ".";
    }

    /// <summary>A title or honorific just before a token ("Gen.", "Secretary of State", "special envoy").</summary>
    private void MarkTitles()
    {
        var max = Math.Min(_gazetteer.MaxTitleWords, 4);
        for (var i = 1; i < _n; i++)
        {
            if (!_nameLike[i]) continue;
            for (var len = Math.Min(max, i); len >= 1; len--)
            {
                var from = i - len;
                if (!char.IsLetter(_text[_tokens[from].Start]) || !_gazetteer.StartsATitle(KeyOf(from))) continue;
                var surface = _text.AsSpan(_tokens[from].Start, _tokens[i - 1].End - _tokens[from].Start);
                if (_gazetteer.FindTitle(len == 1 ? KeyOf(from) : NameKey.For(surface)) is { } title)
                {
                    _title[i] = FeatureHash.Chars(title.Kind);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The head noun of the run of capitalised words a token stands in, and where the token stands
    /// in it: every word of "British Columbia Lottery Corporation" learns that an organisation noun
    /// ends its run, and "Helsinki" in "University of Helsinki" that one opens it.
    /// </summary>
    private void MarkRunHeads()
    {
        var i = 0;
        while (i < _n)
        {
            if (!_nameLike[i]) { i++; continue; }
            var last = i;
            for (var j = i + 1; j < _n && j - i < 8; j++)
            {
                if (_nameLike[j]) { last = j; continue; }
                if (j + 1 < _n && _nameLike[j + 1] && IsRunJoiner(j)) continue;
                break;
            }
            ulong head = 0;
            int at = -1;
            // "X of Y": the head is in X; otherwise the last word heads the run
            for (var j = i; j <= last; j++)
            {
                if (!_nameLike[j])
                {
                    if (KeyOf(j) is "of" or "for") break;
                    continue;
                }
                if (EntityLexicon.IsHead(KeyOf(j), out var type)) { head = (ulong)type + 1; at = j; }
            }
            if (head != 0)
                for (var j = i; j <= last; j++)
                {
                    var where = j == at ? 1UL : j < at ? 2UL : 3UL;
                    _runHead[j] = FeatureHash.Combine(head, where, last == i ? 1UL : 0UL);
                }
            i = last + 1;
        }
    }

    private bool IsRunJoiner(int t)
    {
        var s = _text.AsSpan(_tokens[t].Start, _tokens[t].Length);
        return s is "of" or "and" or "&" or "for" or "the" or "de" or "-" or "'s" or "’s" or "du" or "la" or "von" or "van";
    }

    private string KeyOf(int i) => _keys[i] ??= NameKey.For(_text.AsSpan(_tokens[i].Start, _tokens[i].Length));

    private static SentenceCase CaseOf(string text, ImmutableArray<TextSpan> tokens)
    {
        int words = 0, capitals = 0, long_ = 0, initial = 0;
        foreach (var t in tokens)
        {
            var s = text.AsSpan(t.Start, t.Length);
            int letters = 0, upper = 0;
            foreach (var c in s)
            {
                if (!char.IsLetter(c)) continue;
                letters++;
                if (char.IsUpper(c)) upper++;
            }
            if (letters < 2) continue;
            words++;
            if (upper == letters) capitals++;
            if (letters > 3)
            {
                long_++;
                if (char.IsUpper(s[0])) initial++;
            }
        }
        if (words >= 2 && capitals * 10 >= words * 7) return SentenceCase.Capitals;
        if (long_ >= 3 && initial * 10 >= long_ * 8) return SentenceCase.Title;
        return SentenceCase.Normal;
    }
}
