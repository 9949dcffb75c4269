using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Vigil.Cli.Hosting;
using Vigil.Cli.Output;
using Vigil.Storage;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil stats</c>: what the database holds.</summary>
public static class StatsCommand
{
    public static Command Create()
    {
        var database = VigilOptions.Database();
        var format = new Option<string>("--format")
        {
            Description = "'text' prints a small table; 'json' prints {\"articles\": N, \"entities\": N, \"quotes\": N, \"commitments\": N, \"events\": N}.",
            HelpName = "text|json",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");

        var command = new Command("stats", "Count the articles, entities, quotes, commitments and events stored in the database. " +
                                           "Identical texts count once.");
        command.Add(database);
        command.Add(format);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = ArticleStores.Open(parse.GetValue(database)!);
            var counts = await store.CountAsync(cancellationToken);
            if (parse.GetValue(format) == "json")
                Console.Out.WriteLine(ToJson(counts));
            else
                WriteTable(Consoles.ForOutput(), counts);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The exact shape the evaluation reads, spacing included.</summary>
    public static string ToJson(StoreCounts counts) => string.Create(CultureInfo.InvariantCulture,
        $"{{\"articles\": {counts.Articles}, \"entities\": {counts.Entities}, \"quotes\": {counts.Quotes}, \"commitments\": {counts.Commitments}, \"events\": {counts.Events}}}");

    private static void WriteTable(IAnsiConsole console, StoreCounts counts)
    {
        var table = new Table().AddColumn("What").AddColumn(new TableColumn("Stored").RightAligned());
        table.AddRow("articles", counts.Articles.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("stories (copies once)", counts.Stories.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("entities", counts.Entities.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("quotes", counts.Quotes.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("commitments", counts.Commitments.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("events", counts.Events.ToString("N0", CultureInfo.InvariantCulture));
        console.Write(table);
    }
}
