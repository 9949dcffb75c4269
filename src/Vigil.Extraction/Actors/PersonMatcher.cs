using Vigil.Documents;
using Vigil.Extraction.Entities;

namespace Vigil.Extraction.Actors;

/// <summary>
/// The tolerant half of resolution: which registered person a damaged name stands for ("Anthony
/// Brinken" → Antony Blinken, "Abdul Ghani Baradal" → Abdul Ghani Baradar, "Jack Sullivan" → Jake
/// Sullivan). A false merge is worse than a missed one, so a match needs all of: a close family
/// name, given names that agree or are initials of each other (a name given as a surname alone
/// never matches), no role that contradicts the registry's, a family name rare enough in the
/// registry to tell people apart unless the role agrees, and no other person who fits as well.
/// Against the bundled lists, whose thousands of people an article is seldom about, a family name
/// spelt otherwise takes more: two given names, no given name left out beside one spelt alike, and
/// a family name that does not sound like a crowd's. The user's watch list is matched more freely.
/// Candidates are found by the phonetic key of the family name, so a registry of thousands of
/// names costs a few comparisons per name.
/// </summary>
internal sealed class PersonMatcher
{
    /// <summary>A family name that this many registered people share tells nobody apart on its own.</summary>
    internal const int CommonSurnameActors = 10;

    private const double Accept = 0.65;
    private const double Margin = 0.05;

    private readonly ImmutableArray<Actor> _actors;
    private readonly Dictionary<string, List<Form>> _bySurnamePhonetic;
    private readonly Gazetteer _gazetteer;

    /// <summary>
    /// Family names that sound like those of so many registered people that a spelling of one tells
    /// nobody apart: "Mahmoud" may be Mohamud, Mahmud or Mahmoudi, and each a different person.
    /// </summary>
    private readonly FrozenSet<string> _crowdedSounds;

    /// <param name="CommonSurname">Whether so many registered people share the family name that it tells nobody apart without a role.</param>
    /// <param name="ListedAlias">
    /// Whether the form is one of a list's other names for the actor under another family name than
    /// its own: lists give their people common names as aliases ("Antonio Romero" for Alcides Ramon
    /// Magana), which a misspelt given name may not reach ("Anthony Romero"), nor the name with a
    /// given name left out ("Ian Wright" for the listed "Ian Colin Wright"). A spelling of the
    /// actor's own family name may ("Moammar Gadhafi" for Muammar Qadhafi, listed as "Muammar
    /// Gaddafi"), and so may anything the user's watch list gives.
    /// </param>
    /// <param name="Chained">Whether the form is an Arabic name chain ("al-", "bin", "Abu"), whose middle parts news drops.</param>
    /// <param name="Watched">Whether the actor is on the user's watch list: the few people an analyst follows, where the bundled lists name thousands.</param>
    private readonly record struct Form(int Actor, PersonName Name, bool CommonSurname, bool ListedAlias, bool Chained, bool Watched);

    public PersonMatcher(ImmutableArray<Actor> actors, Gazetteer gazetteer)
    {
        _actors = actors;
        _gazetteer = gazetteer;
        var forms = new List<Form>();
        var surnameOwners = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < actors.Length; i++)
        {
            var actor = actors[i];
            if (actor.Type != EntityType.Person || actor.Origin == ActorOrigin.Seen) continue;
            seen.Clear();
            var own = PersonName.Parse(actor.Name);
            foreach (var text in actor.Aliases.Prepend(actor.Name))
            {
                // a listed name of five parts or more carries a father's or grandfather's name last
                // ("Abdul Ghafar Qurishi Abdul Ghani"): kept for exact matching, too misleading for tolerant
                if (PersonName.Parse(text) is not { HasGivenName: true } name || name.Given.Length > 3) continue;
                if (!seen.Add(string.Join(' ', name.Given.Select(g => g.Key).Append(name.Surname.Key)))) continue;
                var pseudonym = !ReferenceEquals(text, actor.Name) && actor.Origin != ActorOrigin.WatchList
                                && own is { } ownName && NameParts.Compare(name.Surname, ownName.Surname) == PartAgreement.Different;
                forms.Add(new Form(i, name, false, pseudonym, pseudonym && IsNameChain(text), actor.Origin == ActorOrigin.WatchList));
                if (!surnameOwners.TryGetValue(name.Surname.Normal, out var owners)) surnameOwners[name.Surname.Normal] = owners = [];
                owners.Add(i);
            }
        }
        _bySurnamePhonetic = new Dictionary<string, List<Form>>(StringComparer.Ordinal);
        foreach (var form in forms)
        {
            if (!_bySurnamePhonetic.TryGetValue(form.Name.Surname.Phonetic, out var list))
                _bySurnamePhonetic[form.Name.Surname.Phonetic] = list = [];
            list.Add(form with { CommonSurname = surnameOwners[form.Name.Surname.Normal].Count >= CommonSurnameActors });
        }
        _crowdedSounds = _bySurnamePhonetic.Where(kv => kv.Value.Select(f => f.Actor).Distinct().Count() >= CommonSurnameActors)
            .Select(kv => kv.Key).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The one registered person that <paramref name="names"/> (an entity's full-name spellings) fit best, or null when none fits or two fit alike.</summary>
    public ActorMatch? Match(IEnumerable<string> names, string? title)
    {
        var best = new Dictionary<int, double>();
        var roles = new Dictionary<int, RoleAgreement>();
        // a title that is a role ("Secretary of State", not "Mr." or "Gen.") is what can tell namesakes apart
        var hasRole = RoleEvidence.IsRole(title, _gazetteer);
        foreach (var text in names)
        {
            if (PersonName.Parse(text) is not { HasGivenName: true } query) continue;
            Score(query, title, hasRole, swapped: false, best, roles);
            // a middle initial is written in the Western order only: "Frank G. Jackson" is no Frank, "David A. Andelman" no David
            if (query.Swapped is { } swapped && !query.Given.Any(g => g.IsInitial)) Score(swapped, title, hasRole, swapped: true, best, roles);
        }
        if (best.Count == 0) return null;
        var ranked = best.OrderByDescending(kv => kv.Value).ThenBy(kv => _actors[kv.Key].Id, StringComparer.Ordinal).ToList();
        var (actor, score) = (ranked[0].Key, ranked[0].Value);
        if (score < Accept) return null;
        if (ranked.Count > 1 && ranked[1].Value >= score - Margin) return null;
        return new ActorMatch(_actors[actor], MatchKind.Tolerant, Math.Round(score, 2));
    }

    private void Score(PersonName query, string? title, bool hasRole, bool swapped, Dictionary<int, double> best, Dictionary<int, RoleAgreement> roles)
    {
        if (!_bySurnamePhonetic.TryGetValue(query.Surname.Phonetic, out var forms)) return;
        var crowded = _crowdedSounds.Contains(query.Surname.Phonetic);
        foreach (var form in forms)
        {
            // a family name many registered people share is no evidence by itself: "Mohammed Khan" needs a role to match
            if (form.CommonSurname && !hasRole) continue;
            if (Math.Abs(form.Name.Surname.Normal.Length - query.Surname.Normal.Length) > 2) continue;
            var surname = NameParts.Compare(query.Surname, form.Name.Surname);
            if (surname is PartAgreement.Different or PartAgreement.Initial) continue;
            if (crowded && surname != PartAgreement.Same && !hasRole && !form.Watched) continue;
            if (!roles.TryGetValue(form.Actor, out var role))
                roles[form.Actor] = role = RoleEvidence.Compare(title, _actors[form.Actor].Role, _gazetteer);
            var score = Score(query, form, surname, role, swapped) - (swapped ? 0.05 : 0);
            if (score > 0 && score > best.GetValueOrDefault(form.Actor)) best[form.Actor] = score;
        }
    }

    /// <param name="swapped">
    /// The query read with its last two parts swapped: one liberty taken already, so the first
    /// given name must agree as written ("Rashid Latif" swapped is not "Abdul Latif Rashid", which
    /// would also need "Abdul" dropped).
    /// </param>
    private static double Score(PersonName query, Form form, PartAgreement surname, RoleAgreement role, bool swapped)
    {
        if (role == RoleAgreement.Disagree) return 0;
        var roleAgrees = role == RoleAgreement.Agree;
        if (form.CommonSurname && !roleAgrees) return 0;
        if (swapped && form.Name.Given.Length > 0 && NameParts.Compare(query.Given[0], form.Name.Given[0]) is PartAgreement.Different or PartAgreement.Initial) return 0;
        if (!AlignGiven(query.Given, form.Name.Given, out var same, out var initials, out var close)) return 0;
        // one liberty at a time unless a role vouches for the match: a family name spelt otherwise
        // fits neither a name read family name first ("Sarah Ali" is no "Ali Salah") nor one with a
        // given name left out ("Hassan Ibrahim" is no "Hasan Dehghan Ebrahimi")
        var dropped = same + initials + close < form.Name.Given.Length;
        if (surname != PartAgreement.Same && !roleAgrees && (swapped || dropped)) return 0;
        // nor, against the thousands of the bundled lists, does one given name and a family name
        // that only sounds alike ("Peter Sharif" is no "Peter Cherif"); "Abdul Ghani Baradal" does
        if (surname != PartAgreement.Same && !roleAgrees && !form.Watched && query.Given.Length < 2) return 0;
        // nor a given name left out where another is only spelt alike ("Mohammed Hosseini" is no "Mohammad Ali Hosseini")
        if (dropped && close + initials > 0 && !roleAgrees && !form.Watched) return 0;
        // a list's other name for someone is often an ordinary one ("Ian Colin Wright" for Andrei
        // Korinets): only that name whole points to the actor, not a namesake who shares part of it;
        // a name that strings lineage and origin together is the exception, news shortens it
        // ("Abu Bakr al-Baghdadi" for the listed "Abu Bakr al-Husayni al-Baghdadi")
        if (form.ListedAlias && !roleAgrees && (surname != PartAgreement.Same || same != query.Given.Length || (same != form.Name.Given.Length && !form.Chained))) return 0;

        double score;
        if (surname == PartAgreement.Same)
            score = close == 0 && initials == 0 ? 0.9
                : close == 0 ? 0.8
                : 0.75;
        else if (close == 0 && initials == 0)
            score = 0.8;
        else if (roleAgrees && close <= 1 && same >= 1)
            score = 0.65;
        else
            return 0;
        return Math.Min(0.95, score + (roleAgrees ? 0.1 : 0));
    }

    /// <summary>
    /// A middle name may be dropped, the first may not: "Moammar Gadhafi" is not "Mohammad Moammar
    /// Gadhafi", whose second name is his father's. A first part that only opens a compound name
    /// ("Abdul Ghani", "Abu Bakr") may go: "Ghani Baradar" is "Abdul Ghani Baradar".
    /// </summary>
    private static bool FirstNamesAgree(ImmutableArray<NamePart> a, ImmutableArray<NamePart> b)
    {
        // "Maria" is no misspelt "Mario": given names of different genders are two names
        static bool Agree(in NamePart x, in NamePart y) =>
            NameParts.Compare(x, y) is var agreement && agreement != PartAgreement.Different
            && !(agreement == PartAgreement.Close && References.GivenNames.GenderOfGivenName(x.Key) is { } gx
                 && References.GivenNames.GenderOfGivenName(y.Key) is { } gy && gx != gy);
        return Agree(a[0], b[0])
               || (b.Length > 1 && CompoundOpeners.Contains(b[0].Normal) && Agree(a[0], b[1]))
               || (a.Length > 1 && CompoundOpeners.Contains(a[0].Normal) && Agree(a[1], b[0]));
    }

    private static bool IsNameChain(string text)
    {
        foreach (var word in text.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
            if (NameKey.ForNamePart(word) is "al" or "el" or "bin" or "ibn" or "bint" or "abu" or "abou") return true;
        return false;
    }

    private static readonly FrozenSet<string> CompoundOpeners =
        new[] { "abdul", "abd", "abdel", "abdal", "abdur", "abdulah", "abu", "abou", "ibn" }.ToFrozenSet(StringComparer.Ordinal);

    private static bool AlignGiven(ImmutableArray<NamePart> a, ImmutableArray<NamePart> b, out int same, out int initials, out int close)
    {
        same = initials = close = 0;
        if (a.Length == 0 || b.Length == 0 || !FirstNamesAgree(a, b)) return false;
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        Span<bool> used = stackalloc bool[longer.Length];
        foreach (var s in shorter)
        {
            var bestAt = -1;
            var bestAgreement = PartAgreement.Different;
            for (var j = 0; j < longer.Length; j++)
            {
                if (used[j]) continue;
                var agreement = NameParts.Compare(s, longer[j]);
                if (agreement > bestAgreement)
                {
                    (bestAt, bestAgreement) = (j, agreement);
                    if (agreement == PartAgreement.Same) break;
                }
            }
            if (bestAt < 0) return false;
            used[bestAt] = true;
            switch (bestAgreement)
            {
                case PartAgreement.Same: same++; break;
                case PartAgreement.Initial: initials++; break;
                default: close++; break;
            }
        }
        return true;
    }
}
