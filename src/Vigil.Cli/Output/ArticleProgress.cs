using System.Diagnostics;
using Spectre.Console;
using Vigil.Reading;

namespace Vigil.Cli.Output;

/// <summary>
/// A live progress bar on standard error while ingesting or analysing into a file: articles done,
/// their rate, and — when the inputs are files whose sizes are known — the share of bytes read and
/// the time left. A JSONL file holds any number of articles, so the share is of bytes, not articles;
/// the reader runs at most a few batches ahead of the articles done. Without a known size (standard
/// input) the bar pulses. Only when standard error is a terminal and standard output is not, so it
/// never mixes with a report or JSON on the screen.
/// </summary>
public static class ArticleProgress
{
    /// <param name="work">Gets the reporter to send failures to and the callback to call per article.</param>
    /// <param name="reading">What the reader has read of its inputs, for the share done and the time left.</param>
    public static async Task<T> RunAsync<T>(Func<ErrorReporter, Action, Task<T>> work, bool outputOnTerminal = false, ReadProgress? reading = null)
    {
        if (Console.IsErrorRedirected || outputOnTerminal)
            return await work(new ErrorReporter(Console.Error), static () => { });

        var console = Consoles.ForError();
        // Errors go through the same console as the bar, which prints them above it instead of tearing it.
        var errors = new ErrorReporter(line => console.WriteLine(line, Style.Plain));
        var known = reading?.TotalBytes is > 0;
        ProgressColumn[] columns = known
            ? [new SpinnerColumn(), new ProgressBarColumn(), new PercentageColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedTimeColumn(), new RemainingTimeColumn()]
            : [new SpinnerColumn(), new ProgressBarColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedTimeColumn()];
        return await console.Progress()
            .AutoClear(true)
            .Columns(columns)
            .StartAsync(async context =>
            {
                var task = context.AddTask("starting", autoStart: true, maxValue: known ? reading!.TotalBytes!.Value : 100);
                task.IsIndeterminate = !known;
                var clock = Stopwatch.StartNew();
                var done = 0;
                var result = await work(errors, () =>
                {
                    done++;
                    var rate = done / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
                    task.Description = $"{done:N0} articles, {rate:N1} articles/s";
                    if (known)
                        task.Value = reading!.BytesRead;
                });
                task.StopTask();
                return result;
            });
    }
}
