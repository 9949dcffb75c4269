namespace Vigil.Cli.Analysis;

/// <summary>
/// The texts (content ids) met lately, so that one met again soon is recognised, in bounded
/// memory however long the run: two generations of at most <paramref name="capacity"/> each, so
/// the pair always holds at least the last <paramref name="capacity"/> added. Not thread-safe:
/// its users add in article order from one thread.
/// </summary>
internal sealed class RecentTexts(int capacity)
{
    private HashSet<string> _newer = new(StringComparer.Ordinal), _older = new(StringComparer.Ordinal);

    public int Count => _newer.Count + _older.Count;

    /// <summary>Adds <paramref name="contentId"/>; false when it was met lately.</summary>
    public bool Add(string contentId)
    {
        if (_older.Contains(contentId) || !_newer.Add(contentId))
            return false;
        if (_newer.Count >= Math.Max(1, capacity))
        {
            _older = _newer;
            _newer = new HashSet<string>(StringComparer.Ordinal);
        }
        return true;
    }

    public void Clear()
    {
        _newer.Clear();
        _older.Clear();
    }
}
