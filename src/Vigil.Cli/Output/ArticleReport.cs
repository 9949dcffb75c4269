using System.Globalization;
using Spectre.Console;
using Vigil.Documents;

namespace Vigil.Cli.Output;

/// <summary>
/// The human-readable report of <c>analyze</c>: a header per article, tables of who said what, who
/// committed to what and what happened, a table of who is named, and how much of the page was
/// boilerplate. The JSON output is the full
/// record; this is for reading at a terminal.
/// </summary>
public sealed class ArticleReport(IAnsiConsole console)
{
    private const int QuoteWidth = 70;

    public void Write(Document document)
    {
        var metadata = document.Metadata;
        var title = string.IsNullOrWhiteSpace(metadata.Title) ? FirstLine(document.Text) : metadata.Title!;
        console.Write(new Rule($"[bold]{Markup.Escape(Shorten(title, 100))}[/]").LeftJustified());
        var facts = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        facts.AddRow("[grey]source[/]", Markup.Escape(metadata.Source));
        facts.AddRow("[grey]id[/]", Markup.Escape(metadata.Id ?? document.ContentId));
        facts.AddRow("[grey]published[/]", metadata.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown");
        facts.AddRow("[grey]length[/]", $"{document.Text.Length:N0} characters, {document.Paragraphs.Length:N0} paragraphs, {document.Sentences.Length:N0} sentences");
        facts.AddRow("[grey]boilerplate[/]", DescribeBoilerplate(document));
        console.Write(facts);
        console.WriteLine();

        WriteQuotes(document);
        WriteCommitments(document);
        WriteEvents(document);
        WriteEntities(document);
        console.WriteLine();
    }

    private void WriteQuotes(Document document)
    {
        if (document.Quotes.IsEmpty)
        {
            console.MarkupLine("[grey]No quotes found.[/]");
            return;
        }
        var table = new Table().Title($"Quotes ({document.Quotes.Length})").AddColumns("Speaker", "Kind", "Quote");
        table.Columns[2].Width = QuoteWidth;
        foreach (var quote in document.Quotes)
        {
            var speaker = quote.SpeakerName ?? (quote.Source is { } source ? document[source] : null);
            table.AddRow(
                speaker is null ? "[grey]unknown[/]" : Markup.Escape(speaker),
                ContractJsonWriter.Name(quote.Kind),
                Markup.Escape(Shorten(document[quote.Span], QuoteWidth * 2)));
        }
        console.Write(table);
    }

    private void WriteCommitments(Document document)
    {
        if (document.Commitments.IsEmpty)
        {
            console.MarkupLine("[grey]No commitments found.[/]");
            return;
        }
        var table = new Table().Title($"Commitments ({document.Commitments.Length})").AddColumns("Actor", "Kind", "Commitment", "Condition, deadline");
        table.Columns[2].Width = QuoteWidth;
        foreach (var c in document.Commitments)
        {
            var actor = c.ActorName is null ? "[grey]unknown[/]" : Markup.Escape(c.ActorName);
            if (c.SpeakerName is { } speaker) actor += $"\n[grey]via {Markup.Escape(speaker)}[/]";
            var terms = new List<string>();
            if (c.Condition is { } condition) terms.Add(Shorten(document[condition], 60));
            if (c.Deadline is { } deadline) terms.Add("by: " + Shorten(document[deadline], 40));
            table.AddRow(actor, ContractJsonWriter.Name(c.Kind), Markup.Escape(Shorten(document[c.Span], QuoteWidth * 2)),
                Markup.Escape(string.Join("; ", terms)));
        }
        console.Write(table);
    }

    private void WriteEvents(Document document)
    {
        if (document.Events.IsEmpty)
        {
            console.MarkupLine("[grey]No events found.[/]");
            return;
        }
        var table = new Table().Title($"Events ({document.Events.Length})").AddColumns("Type", "Status", "Who", "Where, when", "Counts, blame", "Event");
        table.Columns[5].Width = QuoteWidth / 2;
        foreach (var e in document.Events)
        {
            var who = string.Join(" → ", new[] { EventRole.Source, EventRole.Target }
                .Select(role => string.Join(", ", e.Actors.Where(a => a.Role == role).Select(a => a.Name)))
                .Where(names => names.Length > 0));
            var where = string.Join("; ", new[] { e.Place, ContractJsonWriter.ContractDate(e.When) ?? e.When?.Interval?.ToString() }.Where(x => x is not null));
            var counts = string.Join("; ", e.Figures.Select(f => $"{ContractJsonWriter.Name(f.Kind)}: {document[f.Span]}")
                .Concat(e.BlamedOn is { } blamed ? [$"blamed on {blamed}"] : []));
            table.AddRow(ContractJsonWriter.Name(e.Type), ContractJsonWriter.Name(e.Status) + (e.Negated ? " (not)" : ""),
                Markup.Escape(who), Markup.Escape(where), Markup.Escape(Shorten(counts, 80)), Markup.Escape(Shorten(document[e.Span], QuoteWidth)));
        }
        console.Write(table);
    }

    private void WriteEntities(Document document)
    {
        if (document.Entities.IsEmpty)
        {
            console.MarkupLine("[grey]No entities found.[/]");
            return;
        }
        var table = new Table().Title($"Entities ({document.Entities.Length})").AddColumns("Name", "Type", "Mentions");
        table.Columns[2].RightAligned();
        var ordered = document.Entities
            .OrderByDescending(e => e.Mentions.Length + e.References.Length)
            .ThenBy(e => e.Name, StringComparer.Ordinal);
        foreach (var entity in ordered)
        {
            var count = entity.Mentions.Length + entity.References.Length;
            table.AddRow(Markup.Escape(entity.Name), ContractJsonWriter.Name(entity.Type), count.ToString(CultureInfo.InvariantCulture));
        }
        console.Write(table);
    }

    private static string DescribeBoilerplate(Document document)
    {
        if (document.Boilerplate.IsEmpty)
            return "none marked";
        var characters = document.Boilerplate.Sum(b => b.Span.Length);
        var kinds = document.Boilerplate
            .GroupBy(b => b.Kind)
            .OrderBy(g => g.Key)
            .Select(g => $"{g.Count()} {ContractJsonWriter.Name(g.Key)}");
        return Markup.Escape($"{document.Boilerplate.Length} spans ({string.Join(", ", kinds)}), {characters:N0} characters");
    }

    private static string FirstLine(string text)
    {
        var line = text.AsSpan().TrimStart();
        var end = line.IndexOfAny('\r', '\n');
        return (end < 0 ? line : line[..end]).ToString() is { Length: > 0 } first ? first : "(untitled)";
    }

    /// <summary>Collapses whitespace (quotes can span paragraphs) and cuts long text with an ellipsis.</summary>
    public static string Shorten(string text, int max)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= max ? flat : string.Concat(flat.AsSpan(0, max - 1).TrimEnd(), "…");
    }
}
