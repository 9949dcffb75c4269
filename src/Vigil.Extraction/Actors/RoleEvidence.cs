using Vigil.Extraction.Entities;

namespace Vigil.Extraction.Actors;

internal enum RoleAgreement { Unknown, Agree, Disagree }

/// <summary>
/// Whether the title an article gives a person fits the role a registry holds for an actor:
/// "National Security Adviser" fits "National Security Adviser", "Secretary of State" fits "United
/// States Secretary of State". Honorifics and ranks ("Mr.", "Mullah", "Gen.") say nothing of a role.
/// </summary>
internal static class RoleEvidence
{
    private static readonly FrozenSet<string> NoContent = new[]
    {
        "of", "the", "and", "for", "in", "on", "to", "a", "an", "us", "u", "s", "united", "states", "uk", "former", "acting",
        "interim", "deputy", "vice", "senior", "chief", "head", "then", "under", "regime", "white", "house",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a title says what a person does ("Secretary of State"), rather than how they are addressed ("Mr.", "Mullah", "Gen.").</summary>
    public static bool IsRole(string? title, Gazetteer gazetteer) =>
        !string.IsNullOrWhiteSpace(title)
        && gazetteer.FindTitle(NameKey.For(title)) is not { Kind: "honorific" or "religious" or "military" or "royal" }
        && ContentWords(title).Count > 0;

    public static RoleAgreement Compare(string? title, string? role, Gazetteer gazetteer)
    {
        if (string.IsNullOrWhiteSpace(role) || title is null || !IsRole(title, gazetteer)) return RoleAgreement.Unknown;
        var titleWords = ContentWords(title);
        var roleWords = ContentWords(role);
        if (titleWords.Count == 0 || roleWords.Count == 0) return RoleAgreement.Unknown;
        if (titleWords.IsSubsetOf(roleWords) || roleWords.IsSubsetOf(titleWords)) return RoleAgreement.Agree;
        return titleWords.Overlaps(roleWords) ? RoleAgreement.Unknown : RoleAgreement.Disagree;
    }

    private static HashSet<string> ContentWords(string text) =>
        NameKey.For(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(Stem).Where(w => !NoContent.Contains(w)).ToHashSet(StringComparer.Ordinal);

    // "adviser"/"advisor", "defence"/"defense": one word to a role
    private static string Stem(string w) => w switch
    {
        "advisor" => "adviser",
        "defense" => "defence",
        "secretary-general" => "secretary",
        _ => w,
    };
}
