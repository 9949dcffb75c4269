using System.CommandLine;
using Vigil.Cli.Actors;
using Vigil.Cli.Analysis;
using Vigil.Cli.Input;
using Vigil.Cli.Output;
using Vigil.Extraction;
using Vigil.Reading;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil analyze</c>: read, analyse and print, storing nothing.</summary>
public static class AnalyzeCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format")
        {
            Description = "'text' prints a readable report per article; 'jsonl' prints one JSON object per article per line (the analysis contract).",
            HelpName = "text|jsonl",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "jsonl");
        var reading = new ReadingOptions();
        var actors = ActorsCommand.WatchListOption();

        var command = new Command("analyze", "Analyse articles and print their quotes, speakers, entities and boilerplate; stores nothing.");
        command.Add(format);
        command.Add(actors);
        reading.AddTo(command);
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(format) == "jsonl" ? Format.Jsonl : Format.Text,
            parse.GetValue(actors) ?? [],
            reading.GetPaths(parse),
            reading.ToReadOptions(parse),
            cancellationToken));
        return command;
    }

    private enum Format { Text, Jsonl }

    private static async Task<int> RunAsync(Format format, IReadOnlyList<string> watchLists, IReadOnlyList<string> paths, ReadOptions options, CancellationToken cancellationToken)
    {
        // a bad watch list stops the command before any article: every result would depend on it
        if (!ActorsCommand.TryLoad(watchLists, out var watched))
            return ExitCodes.Failed;
        Vigil.Extraction.Entities.Tagging.EntityTagger.LoadInBackground();
        var analyzer = new ArticleAnalyzer(VigilPipeline.CreateDefault(Vigil.Extraction.Actors.ActorRegistry.Bundled.With(watched)));
        var progress = ReadProgress.Measure(paths);
        // Pages are extracted on the analysis threads: on the reading thread they set the pace.
        var inputs = ArticleInputs.Read(paths, options with { Progress = progress, DeferPageExtraction = true });

        if (format == Format.Jsonl)
        {
            return await ArticleProgress.RunAsync(async (errors, onArticleDone) =>
            {
                await using var stdout = Console.OpenStandardOutput();
                await foreach (var outcome in analyzer.AnalyzeAsync(inputs, ContractJsonWriter.ToJsonLine, cancellationToken))
                {
                    // Not cancellable: Ctrl-C stops between lines, never in the middle of one.
                    if (outcome is AnalyzedArticle<byte[]> article)
                        stdout.Write(article.Prepared);
                    else if (outcome is FailedArticle failed)
                        errors.Report(failed.Source, failed.Reason);
                    onArticleDone();
                }
                return errors.Count > 0 ? ExitCodes.Failed : ExitCodes.Success;
            }, outputOnTerminal: !Console.IsOutputRedirected, reading: progress);
        }
        else
        {
            var errors = new ErrorReporter(Console.Error);
            var report = new ArticleReport(Consoles.ForOutput());
            await foreach (var outcome in analyzer.AnalyzeAsync(inputs, cancellationToken))
            {
                if (outcome is AnalyzedArticle<Vigil.Documents.Document> article)
                    report.Write(article.Document);
                else if (outcome is FailedArticle failed)
                    errors.Report(failed.Source, failed.Reason);
            }
            return errors.Count > 0 ? ExitCodes.Failed : ExitCodes.Success;
        }
    }
}
