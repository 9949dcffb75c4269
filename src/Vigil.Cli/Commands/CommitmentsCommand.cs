using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Vigil.Cli.Output;
using Vigil.Documents;
using Vigil.Storage;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil commitments</c>: the commitments tracked across articles; <c>set-status</c> records an analyst's verdict.</summary>
public static class CommitmentsCommand
{
    public static Command Create()
    {
        var database = VigilOptions.Database();
        var format = new Option<string>("--format")
        {
            Description = "'text' prints a table; 'jsonl' prints one JSON object per tracked commitment per line " +
                          "(id, actorName, text, kind, status, evidence [{articleId, start, end, text, stance}], then statements and verdicts).",
            HelpName = "text|jsonl",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "jsonl");
        var command = new Command("commitments", "List the commitments tracked across the stored articles: who committed to what, " +
                                                 "every statement of it, the quotes and events proposed as evidence with their stance, and its status.");
        command.Add(database);
        command.Add(format);
        command.Add(CreateSetStatus());
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = ArticleStores.Open(parse.GetValue(database)!);
            var tracked = await store.ListTrackedCommitmentsAsync(cancellationToken);
            if (parse.GetValue(format) == "jsonl")
                foreach (var commitment in tracked)
                    Console.Out.WriteLine(TrackedCommitmentJson.ToJson(commitment));
            else
                WriteTable(Consoles.ForOutput(), tracked);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateSetStatus()
    {
        var database = VigilOptions.Database();
        var id = new Argument<string>("ID") { Description = "The tracked commitment's id, as 'vigil commitments' lists it." };
        var status = new Argument<CommitmentStatus>("STATUS")
        {
            Description = "One of: " + string.Join(", ", CommitmentStatusLabels.All.Select(s => $"'{s.Label()}'")) + " (case, spaces and hyphens do not matter).",
            CustomParser = result =>
            {
                var text = string.Join(' ', result.Tokens.Select(t => t.Value));
                if (CommitmentStatusLabels.TryParse(text, out var parsed))
                    return parsed;
                result.AddError($"'{text}' is not a status; use one of: {string.Join(", ", CommitmentStatusLabels.All.Select(s => s.Label()))}.");
                return default;
            },
        };
        var note = new Option<string>("--note")
        {
            Description = "Why: the evidence the verdict rests on. Kept with the verdict, with who gave it and when.",
            HelpName = "TEXT",
            Required = true,
        };
        var command = new Command("set-status", "Record an analyst's verdict on a tracked commitment. The verdict is appended to its history " +
                                                "(who: the user running the command; when; why), never overwriting earlier ones.");
        command.Add(id);
        command.Add(status);
        command.Add(note);
        command.Add(database);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var trackedId = parse.GetValue(id)!;
            await using var store = ArticleStores.Open(parse.GetValue(database)!);
            var before = await store.GetTrackedCommitmentAsync(trackedId, cancellationToken);
            var verdict = new CommitmentVerdict(parse.GetValue(status), parse.GetValue(note)!, Environment.UserName, DateTimeOffset.UtcNow);
            if (before is null || !await store.AddVerdictAsync(trackedId, verdict, cancellationToken))
            {
                new ErrorReporter(Console.Error).Report("commitments set-status", $"no tracked commitment has the id '{trackedId}' (see 'vigil commitments')");
                return ExitCodes.Failed;
            }
            Console.Out.WriteLine($"{trackedId}: {verdict.Status.Label()} (was {before.Status.Label()}), recorded for {verdict.Analyst} at " +
                                  verdict.At.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteTable(IAnsiConsole console, IReadOnlyList<TrackedCommitment> tracked)
    {
        var table = new Table().AddColumn("Id").AddColumn("Actor").AddColumn("Kind").AddColumn("Status").AddColumn("Commitment")
            .AddColumn(new TableColumn("Statements").RightAligned()).AddColumn("Evidence");
        foreach (var t in tracked)
        {
            var evidence = string.Join(", ", t.Evidence.GroupBy(e => e.Stance).OrderBy(g => g.Key).Select(g => $"{g.Count()} {StoredCommitmentNames.Of(g.Key)}"));
            table.AddRow(t.Id, Markup.Escape(t.ActorName ?? "—"), StoredCommitmentNames.Of(t.Kind) + (t.Negated ? " (not)" : ""), t.Status.Label(),
                Markup.Escape(t.Text), t.Statements.Length.ToString(CultureInfo.InvariantCulture), evidence.Length == 0 ? "—" : evidence);
        }
        console.Write(table);
        console.WriteLine($"{tracked.Count} tracked {(tracked.Count == 1 ? "commitment" : "commitments")}");
    }
}
