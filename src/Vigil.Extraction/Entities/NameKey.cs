using System.Text;

namespace Vigil.Extraction.Entities;

/// <summary>
/// The normal forms names are compared in. News copy spells one name many ways ("U.S." and "US",
/// "al-Qaeda" and "Al Qaeda", "King’s" and "King's", "Kraków" and "Krakow"), so lookups never
/// compare surface strings.
/// </summary>
public static class NameKey
{
    /// <summary>
    /// The gazetteer lookup key: case-folded, accents removed, periods and apostrophes dropped,
    /// hyphens, underscores and runs of white space turned into one space.
    /// </summary>
    public static string For(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text)
        {
            var c = Fold(raw);
            if (c is '.' or '\'' or '’' or '‘' or '`' or 'ʼ' or '´')
                continue;
            if (char.IsWhiteSpace(c) || c is '-' or '_' or '‐' or '‑')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>
    /// A looser key for one name part, so that the spellings machine translation and house styles
    /// give one surname join ("MacKenzie", "Mackenzie", "McKenzie"; "Al-Assad", "Assad" do not):
    /// letters only, "mac" read as "mc", doubled letters read once.
    /// </summary>
    public static string ForNamePart(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(Fold(raw));
            if (!char.IsLetter(c))
                continue;
            if (sb.Length > 0 && sb[^1] == c)
                continue;
            sb.Append(c);
        }
        if (sb.Length > 4 && sb[0] == 'm' && sb[1] == 'a' && sb[2] == 'c')
            sb.Remove(1, 1);
        return sb.ToString();
    }

    // InvariantGlobalization leaves no Unicode decomposition to lean on, so the Latin letters that
    // news names carry are folded by table.
    private const string Accented = "ÀÁÂÃÄÅàáâãäåĀāĂăĄąÇçĆćĈĉĊċČčĎďĐđÈÉÊËèéêëĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħÌÍÎÏìíîïĨĩĪīĬĭĮįİıĴĵĶķĹĺĻļĽľĿŀŁłÑñŃńŅņŇňÒÓÔÕÖØòóôõöøŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųŴŵÝýÿŶŷŸŹźŻżŽžȘșȚț";
    private const string Plain = "AAAAAAaaaaaaAaAaAaCcCcCcCcCcDdDdEEEEeeeeEeEeEeEeEeGgGgGgGgHhHhIIIIiiiiIiIiIiIiIiJjKkLlLlLlLlLlNnNnNnNnOOOOOOooooooOoOoOoRrRrRrSsSsSsSsTtTtTtUUUUuuuuUuUuUuUuUuUuWwYyyYyYZzZzZzSsTt";

    private static char Fold(char c)
    {
        if (c < 'À')
            return c;
        var i = Accented.IndexOf(c);
        return i >= 0 ? Plain[i] : c;
    }
}
