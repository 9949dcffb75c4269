using System.Buffers;

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
    /// hyphens, underscores and runs of white space turned into one space, British "-isation" read
    /// as "-ization".
    /// </summary>
    public static string For(ReadOnlySpan<char> text) => For(text, spellingsAsOne: true);

    /// <param name="text">The name.</param>
    /// <param name="spellingsAsOne">Whether British and American spellings give one key; identifiers made from keys keep the spelling they were made from.</param>
    public static string For(ReadOnlySpan<char> text, bool spellingsAsOne)
    {
        // A key is never longer than its text: each character gives at most one, and a space stands
        // for at least one character left out. Built on the stack: names are keyed by the thousand.
        char[]? rented = null;
        var key = text.Length <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        var n = 0;
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = Fold(text[i]);
            if (c == '.' || IsApostrophe(c))
                continue;
            if (char.IsWhiteSpace(c) || c is '-' or '_' or '‐' or '‑')
            {
                // "Moody 's", as tokenised news writes it, is "Moody's"
                if (!(char.IsWhiteSpace(c) && i + 2 < text.Length && IsApostrophe(text[i + 1]) && text[i + 2] is 's' or 'S'
                      && (i + 3 == text.Length || !char.IsLetter(text[i + 3]))))
                    pendingSpace = n > 0;
                continue;
            }
            if (pendingSpace)
            {
                key[n++] = ' ';
                pendingSpace = false;
            }
            key[n++] = char.ToLowerInvariant(c);
        }
        if (spellingsAsOne)
            BritishSpelling(key[..n]);
        return Finish(key, n, rented);
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or '`' or 'ʼ' or '´';

    /// <summary>"Palestine Liberation Organisation" is the Organization: "-isation" is keyed as "-ization".</summary>
    private static void BritishSpelling(Span<char> key)
    {
        for (var at = key.IndexOf("isation"); at >= 0; at = key[(at + 1)..].IndexOf("isation") is var next && next >= 0 ? at + 1 + next : -1)
            if (at > 0)
                key[at + 1] = 'z';
    }

    /// <summary>
    /// A looser key for one name part, so that the spellings machine translation and house styles
    /// give one surname join ("MacKenzie", "Mackenzie", "McKenzie"; "Al-Assad", "Assad" do not):
    /// letters only, "mac" read as "mc", doubled letters read once.
    /// </summary>
    public static string ForNamePart(ReadOnlySpan<char> text)
    {
        char[]? rented = null;
        var key = text.Length <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        var n = 0;
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(Fold(raw));
            if (!char.IsLetter(c))
                continue;
            if (n > 0 && key[n - 1] == c)
                continue;
            key[n++] = c;
        }
        if (n > 4 && key[0] == 'm' && key[1] == 'a' && key[2] == 'c')
        {
            key[2..n].CopyTo(key[1..]);
            n--;
        }
        return Finish(key, n, rented);
    }

    private const int StackLimit = 256;

    private static string Finish(Span<char> key, int length, char[]? rented)
    {
        var result = new string(key[..length]);
        if (rented is not null)
            ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    // InvariantGlobalization leaves no Unicode decomposition to lean on, so the Latin letters that
    // news names carry are folded by table.
    private const string Accented = "ÀÁÂÃÄÅàáâãäåĀāĂăĄąÇçĆćĈĉĊċČčĎďĐđÈÉÊËèéêëĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħÌÍÎÏìíîïĨĩĪīĬĭĮįİıĴĵĶķĹĺĻļĽľĿŀŁłÑñŃńŅņŇňÒÓÔÕÖØòóôõöøŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųŴŵÝýÿŶŷŸŹźŻżŽžȘșȚț";
    private const string Plain = "AAAAAAaaaaaaAaAaAaCcCcCcCcCcDdDdEEEEeeeeEeEeEeEeEeGgGgGgGgHhHhIIIIiiiiIiIiIiIiIiJjKkLlLlLlLlLlNnNnNnNnOOOOOOooooooOoOoOoRrRrRrSsSsSsSsTtTtTtUUUUuuuuUuUuUuUuUuUuWwYyyYyYZzZzZzSsTt";

    /// <summary>The text with the accents of its Latin letters removed, case and all else kept: "Recep Tayyip Erdogan".</summary>
    public static string WithoutAccents(string text)
    {
        var i = text.AsSpan().IndexOfAnyInRange('À', char.MaxValue);
        if (i < 0) return text;
        return string.Create(text.Length, text, static (chars, source) =>
        {
            for (var k = 0; k < source.Length; k++) chars[k] = Fold(source[k]);
        });
    }

    private static char Fold(char c)
    {
        if (c < 'À')
            return c;
        var i = Accented.IndexOf(c);
        return i >= 0 ? Plain[i] : c;
    }
}
