using System.Diagnostics;
using Spectre.Console;

namespace Vigil.Cli.Output;

/// <summary>
/// A live progress line on standard error while ingesting or analysing into a file: articles done
/// and the rate. The total is unknown in advance (a JSONL file holds any number of articles), so
/// the bar pulses rather than fills. Only when standard error is a terminal and standard output
/// is not, so it never mixes with a report or JSON on the screen.
/// </summary>
public static class ArticleProgress
{
    /// <param name="work">Gets the reporter to send failures to and the callback to call per article.</param>
    public static async Task<T> RunAsync<T>(Func<ErrorReporter, Action, Task<T>> work, bool outputOnTerminal = false)
    {
        if (Console.IsErrorRedirected || outputOnTerminal)
            return await work(new ErrorReporter(Console.Error), static () => { });

        var console = Consoles.ForError();
        // Errors go through the same console as the bar, which prints them above it instead of tearing it.
        var errors = new ErrorReporter(line => console.WriteLine(line, Style.Plain));
        return await console.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new ProgressBarColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("starting", autoStart: true);
                task.IsIndeterminate = true;
                var clock = Stopwatch.StartNew();
                var done = 0;
                var result = await work(errors, () =>
                {
                    done++;
                    var rate = done / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
                    task.Description = $"{done:N0} articles, {rate:N1} articles/s";
                });
                task.StopTask();
                return result;
            });
    }
}
