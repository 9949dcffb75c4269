using System.Globalization;
using Spectre.Console;
using Vigil.Documents;

namespace Vigil.Cli.Output;

/// <summary>
/// The human-readable report of <c>analyze</c>: a header per article, a table of who said what, a
/// table of who is named, and how much of the page was boilerplate. The JSON output is the full
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
