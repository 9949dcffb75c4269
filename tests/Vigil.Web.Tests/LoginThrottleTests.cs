using Vigil.Web.Accounts;

namespace Vigil.Web.Tests;

public sealed class LoginThrottleTests
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void An_account_is_locked_after_five_failures_until_the_first_leaves_the_window()
    {
        var throttle = new LoginThrottle(_clock);
        for (var i = 0; i < LoginThrottle.FailuresPerAccount - 1; i++)
        {
            throttle.RecordFailure("Ana", "10.0.0.1");
            _clock.Advance(TimeSpan.FromMinutes(1));
        }
        Assert.Equal(TimeSpan.Zero, throttle.RetryAfter("ana", "10.0.0.1"));

        throttle.RecordFailure("ANA", "10.0.0.2");

        Assert.Equal(TimeSpan.FromMinutes(11), throttle.RetryAfter("ana", "10.0.0.3"));
        Assert.Equal(TimeSpan.Zero, throttle.RetryAfter("bo", "10.0.0.3"));
        _clock.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal(TimeSpan.Zero, throttle.RetryAfter("ana", "10.0.0.3"));
    }

    [Fact]
    public void One_address_guessing_many_accounts_is_locked_too()
    {
        var throttle = new LoginThrottle(_clock);
        for (var i = 0; i < LoginThrottle.FailuresPerClient; i++)
            throttle.RecordFailure($"user{i}", "10.0.0.9");

        Assert.True(throttle.RetryAfter("someone-else", "10.0.0.9") > TimeSpan.Zero);
        Assert.Equal(TimeSpan.Zero, throttle.RetryAfter("someone-else", "10.0.0.8"));
    }

    [Fact]
    public void A_success_clears_the_account_count()
    {
        var throttle = new LoginThrottle(_clock);
        for (var i = 0; i < LoginThrottle.FailuresPerAccount - 1; i++)
            throttle.RecordFailure("ana", "10.0.0.1");

        throttle.RecordSuccess("Ana");
        throttle.RecordFailure("ana", "10.0.0.1");

        Assert.Equal(TimeSpan.Zero, throttle.RetryAfter("ana", "10.0.0.7"));
    }
}

/// <summary>A clock that moves only when told to.</summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
