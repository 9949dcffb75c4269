namespace Vigil.DataBuilder.Sources;

/// <summary>
/// Reads a TABARI/PETRARCH actor dictionary: a head line <c>NAME_ [CODE]</c>, <c>+SYNONYM</c>
/// lines, indented <c>[CODE dates]</c> lines, <c>#</c> comments. A block is what PETRARCH codes
/// alike, which is not always one actor: callers decide what a block means.
/// </summary>
internal static class PetrarchDictionary
{
    internal sealed record Block(int Line, string Head, IReadOnlyList<string> Synonyms, IReadOnlyList<string> Codes)
    {
        public IEnumerable<string> Names => Synonyms.Prepend(Head);
    }

    public static List<Block> Read(string path)
    {
        var blocks = new List<Block>();
        string? head = null;
        var headLine = 0;
        var synonyms = new List<string>();
        var codes = new List<string>();

        void Flush()
        {
            if (head is not null)
                blocks.Add(new Block(headLine, head, synonyms.ToArray(), codes.ToArray()));
            head = null;
            synonyms.Clear();
            codes.Clear();
        }

        var lineNo = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNo++;
            var hash = raw.IndexOf('#');
            var line = (hash >= 0 ? raw[..hash] : raw).TrimEnd();
            if (line.Trim().Length == 0)
            {
                if (hash < 0) Flush();   // a blank line ends a block; a comment line does not
                continue;
            }
            var indented = char.IsWhiteSpace(line[0]);
            var text = line.Trim();
            var name = NameOf(text);
            if (text.StartsWith('+'))
            {
                if (head is not null && name.Length > 0) synonyms.Add(name);
            }
            else if (indented)
            {
                // an indented name line is a synonym that lost its '+'; an indented code line adds codes
                if (head is not null && name.Length > 0) synonyms.Add(name);
            }
            else
            {
                Flush();
                if (name.Length > 0)
                {
                    head = name;
                    headLine = lineNo;
                }
            }
            CollectCodes(text, codes);
        }
        Flush();
        return blocks;
    }

    private static void CollectCodes(string text, List<string> codes)
    {
        var i = 0;
        while ((i = text.IndexOf('[', i)) >= 0)
        {
            var j = text.IndexOf(']', i);
            if (j < 0) break;
            var code = text[(i + 1)..j].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            if (code is not null) codes.Add(code);
            i = j + 1;
        }
    }

    /// <summary>"+WASHINGTON_D.C._ " -> "WASHINGTON D.C."; codes in brackets are dropped.</summary>
    private static string NameOf(string text)
    {
        var t = text.TrimStart('+').Trim();
        var bracket = t.IndexOf('[');
        if (bracket >= 0) t = t[..bracket];
        t = t.Replace('\t', ' ').Replace('_', ' ');
        return string.Join(' ', t.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
