namespace Vigil.Web.Accounts;

/// <summary>
/// Slows password guessing: after <see cref="FailuresPerAccount"/> failed sign-ins to one account,
/// or <see cref="FailuresPerClient"/> from one address, within <see cref="Window"/>, further attempts
/// are refused until the oldest failure leaves the window. A success clears the account's count.
/// </summary>
public sealed class LoginThrottle(TimeProvider clock)
{
    public const int FailuresPerAccount = 5;
    public const int FailuresPerClient = 20;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly Dictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>How long until another attempt is allowed; zero when it is allowed now.</summary>
    public TimeSpan RetryAfter(string account, string client)
    {
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            return Max(Wait(AccountKey(account), FailuresPerAccount, now), Wait(ClientKey(client), FailuresPerClient, now));
        }
    }

    public void RecordFailure(string account, string client)
    {
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            foreach (var key in new[] { AccountKey(account), ClientKey(client) })
            {
                if (!_failures.TryGetValue(key, out var times))
                    _failures[key] = times = new Queue<DateTimeOffset>();
                times.Enqueue(now);
                Expire(times, now);
            }
        }
    }

    public void RecordSuccess(string account)
    {
        lock (_lock)
            _failures.Remove(AccountKey(account));
    }

    private TimeSpan Wait(string key, int limit, DateTimeOffset now)
    {
        if (!_failures.TryGetValue(key, out var times))
            return TimeSpan.Zero;
        Expire(times, now);
        if (times.Count == 0)
        {
            _failures.Remove(key);
            return TimeSpan.Zero;
        }
        return times.Count < limit ? TimeSpan.Zero : times.Peek() + Window - now;
    }

    private static void Expire(Queue<DateTimeOffset> times, DateTimeOffset now)
    {
        while (times.Count > 0 && times.Peek() + Window <= now)
            times.Dequeue();
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    // Names are case-insensitive accounts: "Ana" and "ana" share one count.
    private static string AccountKey(string account) => "account:" + account.Trim().ToLowerInvariant();

    private static string ClientKey(string client) => "client:" + client;
}
