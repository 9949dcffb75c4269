using Vigil.Cli.Analysis;

namespace Vigil.Cli.Tests;

public sealed class OrderedParallelTests
{
    [Fact]
    public async Task Results_come_out_in_input_order_however_long_each_takes()
    {
        var delays = new Random(7);
        var waits = Enumerable.Range(0, 40).Select(_ => delays.Next(0, 15)).ToArray();

        var results = new List<int>();
        await foreach (var result in OrderedParallel.MapAsync(Enumerable.Range(0, 40), i => { Thread.Sleep(waits[i]); return i * 10; }, window: 4))
            results.Add(result);

        Assert.Equal(Enumerable.Range(0, 40).Select(i => i * 10), results);
    }

    [Fact]
    public async Task Never_reads_more_than_the_window_ahead_of_the_consumer()
    {
        const int window = 3;
        var produced = 0;
        IEnumerable<int> Source()
        {
            for (var i = 0; i < 100; i++)
            {
                Interlocked.Increment(ref produced);
                yield return i;
            }
        }

        var maxAhead = 0;
        var consumed = 0;
        await foreach (var _ in OrderedParallel.MapAsync(Source(), i => i, window))
        {
            await Task.Delay(2);
            consumed++;
            maxAhead = Math.Max(maxAhead, Volatile.Read(ref produced) - consumed);
        }

        Assert.Equal(100, consumed);
        // The window, the one being awaited, and the one the producer holds while it waits for room.
        Assert.InRange(maxAhead, 1, window + 2);
    }

    [Fact]
    public async Task A_failing_source_surfaces_to_the_consumer_after_the_items_before_it()
    {
        IEnumerable<int> Source()
        {
            yield return 1;
            yield return 2;
            throw new IOException("disk went away");
        }

        var seen = new List<int>();
        var error = await Assert.ThrowsAsync<IOException>(async () =>
        {
            await foreach (var item in OrderedParallel.MapAsync(Source(), i => i, window: 2))
                seen.Add(item);
        });

        Assert.Equal("disk went away", error.Message);
        Assert.Equal([1, 2], seen);
    }

    [Fact]
    public async Task Cancelling_stops_reading_the_source()
    {
        using var cancel = new CancellationTokenSource();
        var produced = 0;
        IEnumerable<int> Endless()
        {
            for (var i = 0; ; i++)
            {
                Interlocked.Increment(ref produced);
                yield return i;
            }
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var item in OrderedParallel.MapAsync(Endless(), i => i, window: 2, cancel.Token))
                if (item == 10)
                    cancel.Cancel();
        });
        var after = Volatile.Read(ref produced);
        await Task.Delay(50);
        Assert.Equal(after, Volatile.Read(ref produced));
    }
}
