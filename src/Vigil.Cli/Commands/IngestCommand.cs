using System.CommandLine;
using Vigil.Cli.Analysis;
using Vigil.Cli.Hosting;
using Vigil.Cli.Input;
using Vigil.Cli.Output;
using Vigil.Extraction;
using Vigil.Reading;
using Vigil.Storage;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil ingest</c>: read, analyse and store; the same text twice is stored once.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var database = VigilOptions.Database();
        var reading = new ReadingOptions();
        var command = new Command("ingest", "Analyse articles and store them with their quotes and entities in the database. " +
                                            "An article already stored (same text) is not stored again.");
        command.Add(database);
        reading.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var summary = await RunAsync(parse.GetValue(database)!, reading.GetPaths(parse), reading.ToReadOptions(parse), cancellationToken);
            Console.Out.WriteLine(summary);
            return summary.Interrupted ? ExitCodes.Interrupted
                : summary.Failed > 0 ? ExitCodes.Failed
                : ExitCodes.Success;
        });
        return command;
    }

    public static async Task<IngestSummary> RunAsync(string database, IReadOnlyList<string> paths, ReadOptions options, CancellationToken cancellationToken)
    {
        await using var store = ArticleStores.Open(database);
        var analyzer = new ArticleAnalyzer(VigilPipeline.CreateDefault());
        var inputs = ArticleInputs.Read(paths, options);
        return await ArticleProgress.RunAsync((errors, onArticleDone) =>
            new Ingestion(store, analyzer, errors).RunAsync(inputs, onArticleDone, cancellationToken));
    }
}
