using System.Text.RegularExpressions;
using Vigil.Documents;
using Vigil.Pipeline;

namespace Vigil.Language.Cleaning;

/// <summary>
/// Marks the parts of a scraped page that are not the story: photo captions and credits
/// ("© Reuters", "Getty/Instagram."), trailers ("Source link", "Sign up for our newsletter"),
/// "Related stories" blocks and navigation. Nothing is removed: later stages skip the marked spans,
/// and the reader greys them. Spans the reader already marked (from the HTML's structure) are kept.
/// </summary>
/// <remarks>
/// The patterns are compiled by the regex source generator, so a run does not build them (the
/// non-backtracking engine's construction was a fifth of a second of every start-up). They run only
/// on paragraphs of at most 400 characters, and are written so that a paragraph made to defeat them
/// costs microseconds: no repetition gives characters back to a neighbour that could take them too
/// (the atomic <c>(?&gt;[^.,]*)</c> of "More on ..." and <c>(?&gt;\s*)</c> after a related header, the
/// look-ahead for "app" in "Download the ... app"). Without them, spaces and a line break after
/// "More on" took 7 ms a match at 382 characters, after "Related" 0.9 ms, and a line of "app"s
/// after "Download the" 0.4 ms.
/// </remarks>
public sealed partial class BoilerplateMarker : IDocumentStage
{
    public string Name => "boilerplate";
    public AnnotationLayers Requires => AnnotationLayers.Paragraphs;
    public AnnotationLayers Provides => AnnotationLayers.Boilerplate;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>The longest paragraph that can be a caption, trailer or link; longer ones are story text.</summary>
    private const int MaxShortParagraph = 400;

    [GeneratedRegex(
        @"^(source( link)?|read (more|the (full|original) (story|article))|click here\b.*|sign up\b.*|subscribe\b.*|"
        + @"follow (us|him|her|them)\b.*|share (this|on)\b.*|this (article|story|piece) (was|first|originally)\b.*|"
        + @"originally published\b.*|copyright\b.*|©\s*\d{4}\b.*|all rights reserved\b.*|\(?reporting by\b.*|"
        + @"\(?(additional )?(writing|editing) by\b.*|contact the (author|writer|reporter)\b.*|get the latest\b.*|"
        + @"download (the|our)\b(?=.*\bapp\b).*|like us on\b.*|we want to hear from you\b.*|sponsored( content)?|"
        + @"(leave|post) a comment\b.*|comments?( \(\d+\))?|view comments|tags?:.*)[.!:]?$",
        Options)]
    private static partial Regex Trailer { get; }

    [GeneratedRegex(
        @"^(related( (stories|articles|coverage|content|reading|links|news|posts?|video|videos))?|read (also|more|next)|"
        + @"see also|also read|more (from|on|in|about)\b(?>[^.,]*)|recommended( for you| stories)?|you (may|might) also (like|enjoy)|"
        + @"most (read|popular|viewed)|further reading|top stories|trending( now)?|latest news|what to read next)(?>\s*)(?<separator>[:\-–—]?)(?<rest>.*)$",
        Options)]
    private static partial Regex RelatedHeader { get; }

    [GeneratedRegex(
        @"^(skip to (main )?content|home|menu|search|log ?in|sign ?in|log ?out|share|tweet|email|print|next|previous|"
        + @"back to top|advertisement|ad|scroll to continue( with content)?|open in app|listen to (this )?article|"
        + @"jump to|toggle navigation|close|loading\.*|watch:?.*video)[.!:]?$",
        Options)]
    private static partial Regex Navigation { get; }

    /// <summary>A photo credit: a copyright sign, or a picture agency or photographer credit formula.</summary>
    [GeneratedRegex(
        @"(©|\(c\)\s|\bphoto(graph)?s?( by|:)|\bimage( copyright| credit|:)|\bcredit:|\bpicture:|"
        + @"\bgetty images\b|\bap photo\b|\bafp( via getty| photo)\b|\breuters/|\bepa(-efe)?/|/\s*(getty|reuters|afp|ap|epa|shutterstock)\b|"
        + @"\bshutterstock\b|\bistock(photo)?\b|\balamy\b)",
        Options)]
    private static partial Regex Credit { get; }

    /// <summary>A bare credit line naming only picture sources: "Getty/Instagram.", "AP, Reuters".</summary>
    [GeneratedRegex(
        @"^[(\[]?((photo|image|credit|source)s?:\s*)?((getty( images)?|ap( photo)?|afp|reuters|epa|instagram|twitter|facebook|x|youtube|"
        + @"shutterstock|istock|alamy|bloomberg|pa( media)?|handout|file( photo)?|screenshot|screengrab|courtesy( photo)?)(\s*[/,|&]\s*|\s+via\s+|\s+and\s+)?)+[)\]]?\.?$",
        Options)]
    private static partial Regex CreditOnly { get; }

    public Document Process(Document document) =>
        document with { Boilerplate = Mark(document.Text, document.Paragraphs, document.Boilerplate) };

    public static ImmutableArray<BoilerplateSpan> Mark(string text, ImmutableArray<Paragraph> paragraphs, ImmutableArray<BoilerplateSpan> known)
    {
        var found = new List<BoilerplateSpan>(known);
        var inRelatedBlock = false;
        foreach (var paragraph in paragraphs)
        {
            var span = paragraph.Span;
            if (span.Length > MaxShortParagraph)
            {
                inRelatedBlock = false;
                continue;
            }
            var line = text.AsSpan(span.Start, span.Length);

            if (inRelatedBlock && LooksLikeLinkTitle(line))
            {
                found.Add(new BoilerplateSpan(span, BoilerplateKind.Related));
                continue;
            }
            inRelatedBlock = false;

            if (CreditOnly.IsMatch(line))
                found.Add(new BoilerplateSpan(span, BoilerplateKind.Credit));
            else if (Trailer.IsMatch(line))
                found.Add(new BoilerplateSpan(span, BoilerplateKind.Trailer));
            else if (Navigation.IsMatch(line))
                found.Add(new BoilerplateSpan(span, BoilerplateKind.Navigation));
            else if (RelatedHeader.Match(line.ToString()) is { Success: true } related && IsRelatedHeader(related))
            {
                found.Add(new BoilerplateSpan(span, BoilerplateKind.Related));
                inRelatedBlock = Rest(related).IsEmpty;
            }
            else if (IsCaption(line))
                found.Add(new BoilerplateSpan(span, BoilerplateKind.Caption));
        }
        return Merge(found);
    }

    /// <summary>A "Related:" header alone, or followed by a headline, not a sentence that happens to start with "More on".</summary>
    private static bool IsRelatedHeader(Match match)
    {
        var rest = Rest(match);
        if (rest.IsEmpty) return true;
        var separator = match.Groups["separator"].ValueSpan.Trim();
        return separator.Length > 0 && rest.Length < 200;
    }

    /// <summary>What follows a related header's words, without the stops that end a header alone ("TOP STORIES.", "You may also like...").</summary>
    private static ReadOnlySpan<char> Rest(Match match) => match.Groups["rest"].ValueSpan.Trim().TrimEnd(".!…").TrimEnd();

    /// <summary>A short line without final punctuation: the title of a linked story.</summary>
    private static bool LooksLikeLinkTitle(ReadOnlySpan<char> line)
    {
        if (line.Length > 160 || line.Length < 8) return false;
        var last = line[^1];
        if (last is '.' or ',' or ';' or '"' or '”') return false;
        return char.IsUpper(line[0]) || char.IsDigit(line[0]);
    }

    /// <summary>
    /// A short paragraph that describes a picture and credits it, the credit opening or closing it:
    /// "Afghan evacuees arrived ... © Reuters", "Photo: AP. Protesters in Kabul".
    /// </summary>
    private static bool IsCaption(ReadOnlySpan<char> line)
    {
        if (line.Length > 300 || ContainsQuotationMark(line)) return false;
        foreach (var match in Credit.EnumerateMatches(line))
            if (match.Index == 0 || match.Index + match.Length >= line.Length - 40) return true;
        return false;
    }

    private static bool ContainsQuotationMark(ReadOnlySpan<char> line) => line.IndexOfAny("\"“”«»") >= 0;

    private static ImmutableArray<BoilerplateSpan> Merge(List<BoilerplateSpan> spans)
    {
        spans.Sort((a, b) => a.Span.CompareTo(b.Span));
        var merged = ImmutableArray.CreateBuilder<BoilerplateSpan>(spans.Count);
        foreach (var span in spans)
        {
            if (merged.Count > 0 && merged[^1].Span.Contains(span.Span)) continue;
            merged.Add(span);
        }
        return merged.ToImmutable();
    }
}
