using Vigil.Extraction.Entities;

namespace Vigil.Extraction.Tests.Entities;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("U.S.", "us")]
    [InlineData("al-Qaeda", "al qaeda")]
    [InlineData("King’s  College", "kings college")]
    [InlineData("  Kraków -- ", "krakow")]
    [InlineData("", "")]
    [InlineData("Palestine Liberation Organisation", "palestine liberation organization")]
    [InlineData("Organisations", "organizations")]
    // tokenised news writes a possessive apart from its word
    [InlineData("Moody 's Investors Service", "moodys investors service")]
    [InlineData("Jordan ’s King", "jordans king")]
    [InlineData("Moody 'sa", "moody sa")]
    public void A_key_folds_case_accents_and_punctuation(string name, string key) => Assert.Equal(key, NameKey.For(name));

    [Theory]
    [InlineData("MacKenzie", "mckenzie")]
    [InlineData("McKenzie", "mckenzie")]
    [InlineData("Mackenzie", "mckenzie")]
    [InlineData("Al-Assad", "alasad")]
    [InlineData("Mac", "mac")]
    public void A_name_part_key_reads_mac_as_mc_and_doubled_letters_once(string part, string key) => Assert.Equal(key, NameKey.ForNamePart(part));

    // Keys longer than fit on the stack are built in a rented buffer: the same rules, any length.
    [Fact]
    public void A_long_text_is_keyed_whole()
    {
        var text = string.Concat(Enumerable.Repeat("Ab-Cé. ", 200));

        Assert.Equal(string.Join(' ', Enumerable.Repeat("ab ce", 200)), NameKey.For(text));
        Assert.Equal(string.Concat(Enumerable.Repeat("abce", 200)), NameKey.ForNamePart(text));
    }

    [Theory]
    [InlineData("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan")]
    [InlineData("Kraków", "Krakow")]
    [InlineData("São Paulo", "Sao Paulo")]
    [InlineData("Kabul", "Kabul")]
    public void Accents_come_off_and_case_stays(string text, string plain) => Assert.Equal(plain, NameKey.WithoutAccents(text));
}
