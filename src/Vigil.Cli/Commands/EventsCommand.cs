using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Spectre.Console;
using Vigil.Cli.Output;
using Vigil.Storage;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil events</c>: the stored events by date, filtered by actor and date range.</summary>
public static class EventsCommand
{
    public static Command Create()
    {
        var database = VigilOptions.Database();
        var format = new Option<string>("--format")
        {
            Description = "'text' prints a table; 'jsonl' prints one JSON object per event per line.",
            HelpName = "text|jsonl",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "jsonl");
        var actor = new Option<string>("--actor")
        {
            Description = "Only events this actor takes part in: its canonical name or any spelling an article used, case ignored.",
            HelpName = "NAME",
        };
        var from = DateOption("--from", "Only events dated on or after this day (an event without a date of its own is dated by its article).");
        var to = DateOption("--to", "Only events dated on or before this day.");
        var command = new Command("events", "List the events of the stored articles, by date: what happened or is planned, who did it to whom, where, " +
                                            "with its figures and blame.");
        command.Add(database);
        command.Add(format);
        command.Add(actor);
        command.Add(from);
        command.Add(to);
        command.Validators.Add(result =>
        {
            if (result.GetValue(from) is { } f && result.GetValue(to) is { } t && t < f)
                result.AddError("--to is before --from.");
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = ArticleStores.Open(parse.GetValue(database)!);
            var events = await store.ListEventsAsync(new EventQuery(parse.GetValue(actor), parse.GetValue(from), parse.GetValue(to)), cancellationToken);
            if (parse.GetValue(format) == "jsonl")
                foreach (var e in events)
                    Console.Out.WriteLine(StoredEventJson.ToJson(e));
            else
                WriteTable(Consoles.ForOutput(), events);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Option<DateOnly?> DateOption(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "YYYY-MM-DD",
        CustomParser = result =>
        {
            var value = result.Tokens[0].Value;
            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return date;
            result.AddError($"'{value}' is not a date in the form YYYY-MM-DD.");
            return null;
        },
    };

    private static void WriteTable(IAnsiConsole console, IReadOnlyList<StoredEvent> events)
    {
        var table = new Table().AddColumn("Date").AddColumn("Type").AddColumn("Status").AddColumn("Who").AddColumn("Where").AddColumn("What");
        foreach (var e in events)
        {
            var who = string.Join(", ", e.Event.Actors.Select(a => a.Role == Vigil.Documents.EventRole.Source ? a.Name : "→ " + a.Name));
            var what = e.Text.Length > 140 ? e.Text[..139] + "…" : e.Text;
            table.AddRow(e.Date?.ToString() ?? "—", StoredCommitmentNames.Of(e.Event.Type),
                StoredCommitmentNames.Of(e.Event.Status) + (e.Event.Negated ? " (not)" : ""), Markup.Escape(who), Markup.Escape(e.Event.Place ?? ""), Markup.Escape(what));
        }
        console.Write(table);
        console.WriteLine($"{events.Count} {(events.Count == 1 ? "event" : "events")}");
    }
}
