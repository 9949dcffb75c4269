namespace Vigil.Extraction.Entities.Tagging;

/// <summary>A sentence of a labelled corpus: its tokens and their BIO tags (<see cref="BioTags"/>).</summary>
public sealed record LabelledSentence(ImmutableArray<string> Tokens, ImmutableArray<int> Tags);

/// <summary>
/// A document of a labelled corpus. <see cref="LabelsMisc"/> is false for corpora that label only
/// people, organisations and places (UNER, BTC): there an O may be an unlabelled MISC name.
/// </summary>
public sealed record LabelledDocument(ImmutableArray<LabelledSentence> Sentences, bool LabelsMisc);

/// <summary>
/// Reads the token-per-line format of ../shared/data/ner: TOKEN, a tab, a BIO2 tag; a blank line
/// after every sentence; "-DOCSTART-" before every document where the corpus has documents (each
/// sentence is its own document where it has none, as with tweets).
/// </summary>
public static class BioCorpus
{
    public static List<LabelledDocument> Read(TextReader reader, bool labelsMisc, string source)
    {
        var documents = new List<LabelledDocument>();
        var sentences = new List<LabelledSentence>();
        var tokens = new List<string>();
        var tags = new List<int>();
        var sawDocStart = false;
        var lineNo = 0;

        void EndSentence()
        {
            if (tokens.Count == 0) return;
            sentences.Add(new LabelledSentence([.. tokens], [.. Repair(tags)]));
            tokens.Clear();
            tags.Clear();
            if (!sawDocStart) EndDocument();
        }
        void EndDocument()
        {
            if (sentences.Count == 0) return;
            documents.Add(new LabelledDocument([.. sentences], labelsMisc));
            sentences.Clear();
        }

        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                EndSentence();
                EndDocument();
                sawDocStart = true;
                continue;
            }
            if (line.Trim().Length == 0)
            {
                EndSentence();
                continue;
            }
            var tab = line.LastIndexOf('\t');
            if (tab <= 0)
                throw new FormatException($"{source} line {lineNo}: expected TOKEN<TAB>TAG");
            var tag = BioTags.Parse(line.AsSpan(tab + 1).Trim())
                      ?? throw new FormatException($"{source} line {lineNo}: unknown tag '{line[(tab + 1)..]}'");
            tokens.Add(line[..tab]);
            tags.Add(tag);
        }
        EndSentence();
        EndDocument();
        return documents;
    }

    /// <summary>An I that follows no B of its class starts a name, as conlleval reads it.</summary>
    private static List<int> Repair(List<int> tags)
    {
        for (var i = 0; i < tags.Count; i++)
            if (BioTags.IsInside(tags[i]) && !BioTags.Allowed(i == 0 ? -1 : tags[i - 1], tags[i]))
                tags[i] -= 1;
        return tags;
    }
}
