using Vigil.Extraction.Actors;
using Vigil.Extraction.Entities;

namespace Vigil.Extraction.Tests.Actors;

public sealed class NamePartsTests
{
    private static PartAgreement Compare(string a, string b) =>
        NameParts.Compare(NamePart.Of(NameKey.ForNamePart(a)), NamePart.Of(NameKey.ForNamePart(b)));

    [Theory]
    [InlineData("Anthony", "Antony")]
    [InlineData("MacKenzie", "McKenzie")]
    [InlineData("Zelenskyy", "Zelensky")]
    [InlineData("Gadhafi", "Gaddafi")]
    [InlineData("Khalilzaad", "Khalilzad")]
    public void Spellings_of_one_name_are_the_same(string a, string b) => Assert.Equal(PartAgreement.Same, Compare(a, b));

    [Theory]
    [InlineData("Brinken", "Blinken")]
    [InlineData("Baradal", "Baradar")]
    [InlineData("Chowdhury", "Chaudhuri")]
    [InlineData("Jack", "Jake")]
    [InlineData("Qaddafi", "Gaddafi")]
    [InlineData("Mohammed", "Muhammad")]
    public void Translation_damage_is_close(string a, string b) => Assert.Equal(PartAgreement.Close, Compare(a, b));

    [Theory]
    [InlineData("John", "Joan")]
    [InlineData("Jon", "Joan")]
    [InlineData("Dan", "Dean")]
    [InlineData("Un", "Nam")]
    [InlineData("Khan", "Hassan")]
    [InlineData("Miller", "Milley")]
    [InlineData("Blanco", "Blinken")]
    [InlineData("Lavrenov", "Lavrov")]
    [InlineData("Jones", "James")]
    public void Other_names_are_different(string a, string b) => Assert.Equal(PartAgreement.Different, Compare(a, b));

    [Fact]
    public void An_initial_agrees_only_with_names_it_starts() =>
        Assert.Equal((PartAgreement.Initial, PartAgreement.Different), (Compare("J.", "Jake"), Compare("K.", "Jake")));
}
