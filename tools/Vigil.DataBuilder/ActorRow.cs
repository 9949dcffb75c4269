namespace Vigil.DataBuilder;

/// <summary>
/// One actor of the derived gazetteer, in the column order of <c>actors.tsv</c>. The shape is the
/// actor registry's (issue 3): an id that names its source, a canonical name, aliases, and a
/// country and role where the source gives them.
/// </summary>
internal sealed record ActorRow(
    string Id,
    string Type,
    string Kind,
    string Country,
    string Name,
    IReadOnlyList<string> Aliases,
    string Role = "")
{
    public IEnumerable<string> Names => Aliases.Prepend(Name);
}
