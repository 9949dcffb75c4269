namespace Vigil.Documents;

/// <summary>
/// A half-open range [Start, End) of UTF-16 code units in a document's text: the unit every
/// annotation layer is expressed in, so that offsets stay valid however many stages add layers.
/// </summary>
public readonly record struct TextSpan(int Start, int End) : IComparable<TextSpan>
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public bool Contains(int position) => position >= Start && position < End;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    public int OverlapLength(TextSpan other) => Math.Max(0, Math.Min(End, other.End) - Math.Max(Start, other.Start));

    public TextSpan Cover(TextSpan other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));

    public int CompareTo(TextSpan other) => Start != other.Start ? Start.CompareTo(other.Start) : End.CompareTo(other.End);

    public override string ToString() => $"[{Start}..{End})";
}
