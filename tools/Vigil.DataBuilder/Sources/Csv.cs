using System.Text;

namespace Vigil.DataBuilder.Sources;

/// <summary>Just enough RFC 4180 to read the sanctions and Wikidata extracts (quoted fields, doubled quotes, commas inside quotes).</summary>
internal static class Csv
{
    public static IEnumerable<string[]> Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"') { field.Append('"'); reader.Read(); }
                    else quoted = false;
                }
                else field.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (ch == '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                yield return fields.ToArray();
                fields.Clear();
            }
            else field.Append(ch);
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return fields.ToArray();
        }
    }

    /// <summary>OFAC writes "-0- " for an empty field.</summary>
    public static string Value(string field)
    {
        var t = field.Trim();
        return t == "-0-" ? "" : t;
    }
}
