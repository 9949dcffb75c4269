using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Vigil.Cli.Analysis;

/// <summary>
/// Runs a function over a stream on several threads and yields the results in input order.
/// At most <c>window</c> items are in flight, so memory stays bounded however long the input is,
/// and the first result is out as soon as it is ready (streaming, not batch).
/// </summary>
public static class OrderedParallel
{
    public static async IAsyncEnumerable<TOut> MapAsync<TIn, TOut>(
        IEnumerable<TIn> source,
        Func<TIn, TOut> map,
        int window,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        var pending = Channel.CreateBounded<Task<TOut>>(new BoundedChannelOptions(window)
        {
            SingleReader = true,
            SingleWriter = true,
        });

        // The source is enumerated on its own thread: reading files blocks, and it must keep feeding
        // the workers while the consumer is busy writing results.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var item in source)
                {
                    stop.Token.ThrowIfCancellationRequested();
                    var work = Task.Run(() => map(item), CancellationToken.None);
                    await pending.Writer.WriteAsync(work, stop.Token).ConfigureAwait(false);
                }
                pending.Writer.TryComplete();
            }
            catch (Exception ex)
            {
                pending.Writer.TryComplete(ex);
            }
        }, CancellationToken.None);

        try
        {
            await foreach (var work in pending.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                yield return await work.ConfigureAwait(false);
        }
        finally
        {
            // Stops the producer when the consumer leaves early (an error, Ctrl-C, a break).
            stop.Cancel();
            pending.Writer.TryComplete();
            try { await producer.ConfigureAwait(false); }
            catch (OperationCanceledException) { }
        }
    }
}
