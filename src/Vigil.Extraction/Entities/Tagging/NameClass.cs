namespace Vigil.Extraction.Entities.Tagging;

/// <summary>The four name classes the training corpora label; finer types come from the gazetteer and rules.</summary>
public enum NameClass : byte
{
    Person,
    Organisation,
    Location,
    Miscellaneous,
}

/// <summary>A name the tagger found: tokens [<see cref="FirstToken"/>, <see cref="EndToken"/>) of one sentence.</summary>
public readonly record struct TaggedName(int Sentence, int FirstToken, int EndToken, NameClass Class);

/// <summary>
/// BIO2 tags over the four classes, as small integers: 0 is O, then B and I of each class. Decoding
/// never lets an I follow anything but a B or an I of its own class.
/// </summary>
public static class BioTags
{
    public const int Outside = 0;
    public const int Count = 9;

    public static int Begin(NameClass c) => 1 + 2 * (int)c;

    public static int Inside(NameClass c) => 2 + 2 * (int)c;

    public static bool IsBegin(int tag) => tag > 0 && tag % 2 == 1;

    public static bool IsInside(int tag) => tag > 0 && tag % 2 == 0;

    public static NameClass ClassOf(int tag) => (NameClass)((tag - 1) / 2);

    /// <summary>Whether <paramref name="next"/> may follow <paramref name="previous"/> (-1: the sentence start).</summary>
    public static bool Allowed(int previous, int next) =>
        !IsInside(next) || (previous > 0 && ClassOf(previous) == ClassOf(next));

    private static readonly string[] Names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

    public static string Name(int tag) => Names[tag];

    /// <summary>Reads a corpus tag ("B-PER", "I-LOC", "O"); null for anything else.</summary>
    public static int? Parse(ReadOnlySpan<char> tag)
    {
        for (var i = 0; i < Names.Length; i++)
            if (tag.SequenceEqual(Names[i])) return i;
        return null;
    }

    /// <summary>The names a tag sequence spells, in order.</summary>
    public static IEnumerable<(int First, int End, NameClass Class)> Spans(IReadOnlyList<int> tags)
    {
        var start = -1;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : Outside;
            if (start >= 0 && !IsInside(tag))
            {
                yield return (start, i, ClassOf(tags[start]));
                start = -1;
            }
            if (IsBegin(tag) || (IsInside(tag) && start < 0))
                start = i;
        }
    }
}
