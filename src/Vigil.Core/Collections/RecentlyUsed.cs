namespace Vigil.Collections;

/// <summary>
/// A memory of values by text that keeps what is still in use and forgets the rest, so that a long
/// run holds a bounded number: two generations of at most <paramref name="capacity"/> entries each.
/// When the newer is full, <see cref="TurnOverIfFull"/> makes it the older and drops the older; an
/// entry met again (<see cref="TryGet"/>) moves back to the newer. Not thread-safe: its users
/// (the tracker's memories, the names seen across articles, the texts an ingest has tracked) work
/// from one thread.
/// </summary>
public sealed class RecentlyUsed<TValue>(int capacity)
{
    private Dictionary<string, TValue> _newer = new(StringComparer.Ordinal);
    private Dictionary<string, TValue> _older = new(StringComparer.Ordinal);

    public int Count => _newer.Count + _older.Count;

    /// <summary>The value of <paramref name="key"/>, moved to the newer generation.</summary>
    public bool TryGet(string key, out TValue value)
    {
        if (_newer.TryGetValue(key, out value!))
            return true;
        if (!_older.Remove(key, out value!))
            return false;
        _newer[key] = value;
        return true;
    }

    /// <summary>The value of <paramref name="key"/>, left where it is.</summary>
    public bool TryPeek(string key, out TValue value) => _newer.TryGetValue(key, out value!) || _older.TryGetValue(key, out value!);

    public void Set(string key, TValue value) => _newer[key] = value;

    /// <summary>Adds <paramref name="key"/> unless it is held already (not moved then), turning over if full; false when held.</summary>
    public bool TryAdd(string key, TValue value)
    {
        if (TryPeek(key, out _))
            return false;
        Set(key, value);
        TurnOverIfFull();
        return true;
    }

    public void Clear()
    {
        _newer.Clear();
        _older.Clear();
    }

    public void TurnOverIfFull()
    {
        if (_newer.Count < Math.Max(1, capacity))
            return;
        _older = _newer;
        _newer = new Dictionary<string, TValue>(StringComparer.Ordinal);
    }
}
