namespace Vigil.Extraction.Time;

/// <summary>Which way a relative date points when the text leaves it open ("on Monday").</summary>
internal enum Tense
{
    Unknown,
    Past,
    Future,
}
