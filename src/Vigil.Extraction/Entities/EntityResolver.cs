using System.Buffers;
using System.Text.RegularExpressions;
using Vigil.Documents;
using Vigil.Extraction.Actors;

namespace Vigil.Extraction.Entities;

/// <summary>
/// Joins the names an article uses for one actor into one entity: "Kenneth MacKenzie",
/// "Mackenzie" and "Gen. McKenzie" are one person; "U.S.", "US", "United States" and (as the
/// government) "Washington" are one country. Two people who share a surname stay apart when their
/// given names differ, because a false merge is worse than a missed one. Each entity is then
/// resolved against the <see cref="ActorRegistry"/>: its canonical name, actor id and confidence
/// come from the actor it matches ("Anthony Brinken" is Antony Blinken when the registry holds him),
/// and two entities that match one actor become one.
/// </summary>
internal static partial class EntityResolver
{
    /// <summary>
    /// The mentions of one entity, with what the rules ask of them kept up to date as mentions are
    /// added (first position, surnames, distinct given names), so that each question costs the same
    /// however often the article repeats a name.
    /// </summary>
    private sealed class Cluster(EntityType type, GazetteerEntry? entry)
    {
        private readonly List<MentionCandidate> _mentions = [];
        private readonly HashSet<string> _surnames = new(StringComparer.Ordinal);
        private readonly HashSet<string> _givenKeys = new(StringComparer.Ordinal);
        private readonly List<string[]> _givenNames = [];

        public EntityType Type { get; } = type;
        public GazetteerEntry? Entry { get; } = entry;
        public IReadOnlyList<MentionCandidate> Mentions => _mentions;
        public int FirstStart { get; private set; } = int.MaxValue;

        /// <summary>The distinct given-name sequences of the mentions that have any.</summary>
        public IReadOnlyList<string[]> GivenNames => _givenNames;

        public void Add(MentionCandidate m)
        {
            _mentions.Add(m);
            FirstStart = Math.Min(FirstStart, m.Span.Start);
            var (given, surname) = GivenAndSurname(m);
            _surnames.Add(surname);
            if (given.Length > 0 && _givenKeys.Add(string.Join('\0', given)))
                _givenNames.Add(given);
        }

        public void AddRange(IEnumerable<MentionCandidate> mentions)
        {
            foreach (var m in mentions) Add(m);
        }

        public bool HasSurname(string surname) => _surnames.Contains(surname);

        public IReadOnlyCollection<string> Surnames => _surnames;

        public bool HasAnySurname(IReadOnlySet<string> keys) => _surnames.Overlaps(keys);

        /// <summary>The genders the given names of its full names tell ('m', 'f'), noted as they join.</summary>
        public bool NamedAsMan { get; private set; }
        public bool NamedAsWoman { get; private set; }

        public void NoteGivenNameGender(char? gender)
        {
            if (gender == 'm') NamedAsMan = true;
            else if (gender == 'f') NamedAsWoman = true;
        }
    }

    public static ImmutableArray<Entity> Resolve(Document document, IEnumerable<MentionCandidate> candidates, ActorRegistry registry, Gazetteer gazetteer)
    {
        var ordered = TrimLeadingWords(document, candidates.OrderBy(c => c.Span.Start).Select(c => WithPartKeys(document, c)).ToList());
        var clusters = new List<Cluster>();
        ResolvePeople(document, ordered, clusters);
        ResolveOthers(document, ordered, clusters, gazetteer);
        JoinNamesKnownAs(document, clusters);
        return Build(document, clusters, registry);
    }

    /// <summary>
    /// The given names and surname as <see cref="NameKey.ForNamePart"/> keys, particles ("bin", "al")
    /// left out, and one that opens the name capitalised ("De Blasio said", "Le Pen") too: it is no
    /// given name, and "Bill de Blasio" is the same man.
    /// </summary>
    private static MentionCandidate WithPartKeys(Document document, MentionCandidate m) => m with
    {
        PartKeys = [.. m.Parts.Select(p => document[p])
            .Where((p, i) => p.Length > 0 && !char.IsLower(p[0]) && !(i == 0 && m.Parts.Length > 1 && OpeningParticles.Contains(NameKey.ForNamePart(p))))
            .Select(p => NameKey.ForNamePart(p)).Where(k => k.Length > 0)],
    };

    // not "van" ("Van Jones") nor the Arabic ones ("Al Gore"): those open given names too
    private static readonly FrozenSet<string> OpeningParticles = new[] { "de", "du", "da", "di", "del", "della", "der", "den", "ter", "le", "la", "von" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "Crooked Hillary Clinton", "Miss Universe Alicia Machado": a word glued before a full name
    /// the article also writes alone is no part of it.
    /// </summary>
    private static List<MentionCandidate> TrimLeadingWords(Document document, List<MentionCandidate> mentions)
    {
        // a full name has a given name: not "bin Laden" or "Le Pen", which a longer name is read on into ("Osama bin Laden")
        var fullNames = mentions.Where(m => m.Type == EntityType.Person && m.PartKeys.Length >= 2)
            .Select(m => NameKey.For(document.Slice(m.Span))).ToHashSet(StringComparer.Ordinal);
        return mentions.Select(m =>
        {
            if (m.Type != EntityType.Person || m.Entry is not null || m.Parts.Length < 3) return m;
            // "Anwar al-Awlaki" and a later "Al-Awlaki": a name read on from its particle is the same person's, not a word glued on
            if (char.IsLower(document.Text[m.Parts[1].Start])) return m;
            var tail = new TextSpan(m.Parts[1].Start, m.Span.End);
            if (!fullNames.Contains(NameKey.For(document.Slice(tail)))) return m;
            return WithPartKeys(document, m with { Span = tail, Parts = m.Parts[1..] });
        }).ToList();
    }

    private static void ResolvePeople(Document document, List<MentionCandidate> mentions, List<Cluster> clusters)
    {
        var people = new List<Cluster>();
        // full names first, so that a surname can join a full name that comes later in the article
        foreach (var m in mentions.Where(m => m.Type == EntityType.Person && !m.Pending && GivenAndSurname(m).Given.Length > 0))
        {
            var match = m.Entry is not null ? people.FirstOrDefault(c => c.Entry?.Id == m.Entry.Id) : null;
            match ??= people.FirstOrDefault(c => SameSurname(c, m) && GivenNamesAgree(c, m));
            if (match is null)
            {
                match = new Cluster(EntityType.Person, m.Entry);
                people.Add(match);
            }
            match.Add(m);
            match.NoteGivenNameGender(References.GivenNames.GenderOfGivenName(document[m.Parts[0]]));
        }
        // then lone surnames ("Khalilzad wrote", "Gen. McKenzie"), then lone capitalised words that
        // only count as names when a person of that surname is already known
        var lone = mentions.Where(m => m.Type == EntityType.Person && GivenAndSurname(m).Given.Length == 0)
            .Select(m => GivenAndSurname(m).Surname).ToHashSet(StringComparer.Ordinal);
        foreach (var pending in new[] { false, true })
            foreach (var m in mentions.Where(m => m.Type == EntityType.Person && m.Pending == pending && GivenAndSurname(m).Given.Length == 0))
            {
                var surname = GivenAndSurname(m).Surname;
                if (surname.Length == 0) continue;
                var gender = HonorificGender(document.Text, m.Span.Start);
                var fitting = gender is null ? people : people.Where(c => !OfOtherGender(c, gender.Value));
                var match = Nearest(fitting.Where(c => c.HasSurname(surname)), m.Span.Start) ?? FamilyNameFirst(fitting, surname, lone)
                            ?? (pending ? null : MisspeltSurname(fitting, surname));
                if (match is null)
                {
                    if (pending) continue;
                    match = new Cluster(EntityType.Person, m.Entry);
                    people.Add(match);
                }
                match.Add(m);
            }
        clusters.AddRange(people);
    }

    /// <summary>
    /// The gender an honorific right before a name tells: "Mr. Khan" is a man, "Ms. Khan" and "Mrs.
    /// Khan" a woman; null for any other title or none.
    /// </summary>
    private static char? HonorificGender(string text, int nameStart)
    {
        var before = text.AsSpan(0, nameStart).TrimEnd().TrimEnd('.');
        var start = before.Length;
        while (start > 0 && char.IsLetter(before[start - 1])) start--;
        if (start > 0 && char.IsLetterOrDigit(before[start - 1])) return null;
        return before[start..] switch
        {
            "Mr" => 'm',
            "Mrs" or "Ms" or "Miss" => 'f',
            _ => null,
        };
    }

    /// <summary>
    /// "Mr. Khan" after "Khizr and Ghazala Khan": a lone surname under an honorific never joins a
    /// person whose given name tells the other gender (a false merge is worse than a missed one).
    /// </summary>
    private static bool OfOtherGender(Cluster person, char wanted) => wanted == 'm' ? person.NamedAsWoman : person.NamedAsMan;

    /// <summary>
    /// "McLenney said" after "Tyresha McClenney", "Chowdhury" after "Rudra Chaudhuri": a lone surname
    /// that a copy misspells joins the one person whose surname it is a transliteration variant of
    /// (<see cref="NameParts.Compare"/>); with two such people, no one.
    /// </summary>
    private static Cluster? MisspeltSurname(IEnumerable<Cluster> people, string surname)
    {
        var part = NamePart.Of(surname);
        Cluster? found = null;
        foreach (var c in people)
        {
            if (!c.Surnames.Any(other => NameParts.SameSurnameMisspelt(part, NamePart.Of(other)))) continue;
            if (found is not null) return null;
            found = c;
        }
        return found;
    }

    /// <summary>
    /// "Xi said" after "Xi Jinping", "Kim" after "Kim Jong-un", "Ban" after "Ban Ki-moon": a name
    /// written family name first is shortened to its first word. The one person whose full name
    /// starts with the word, when the article never writes that person's last word alone (as it
    /// would "Clinton" of "Hillary Clinton"); with two such people, no one.
    /// </summary>
    private static Cluster? FamilyNameFirst(IEnumerable<Cluster> people, string word, HashSet<string> loneWords)
    {
        Cluster? found = null;
        foreach (var c in people)
        {
            if (!c.GivenNames.Any(given => given[0] == word)) continue;
            if (found is not null) return null;
            found = c;
        }
        return found is not null && !found.HasAnySurname(loneWords) ? found : null;
    }

    /// <summary>
    /// The person a lone surname most likely means: of those named before it, the one the article
    /// introduced first (news names the main actor first and relatives or namesakes in full later:
    /// "Clinton" after "Hillary Clinton ... Chelsea Clinton" is Hillary); when none is named before
    /// it, the nearest named after it (a headline's "Khalilzad" before the body's "Zalmay Khalilzad").
    /// </summary>
    private static Cluster? Nearest(IEnumerable<Cluster> candidates, int position)
    {
        Cluster? before = null, after = null;
        int firstBefore = int.MaxValue, nearestAfter = int.MaxValue;
        foreach (var c in candidates)
        {
            var introduced = c.FirstStart;
            if (introduced < position)
            {
                if (introduced < firstBefore) (firstBefore, before) = (introduced, c);
            }
            else if (introduced < nearestAfter) (nearestAfter, after) = (introduced, c);
        }
        return before ?? after;
    }

    private static bool SameSurname(Cluster c, MentionCandidate m) => c.HasSurname(GivenAndSurname(m).Surname);

    /// <summary>
    /// Given names agree when those of the shorter form appear, in order, among those of the longer,
    /// letter for letter or as an initial: "Donald Trump" and "Donald J. Trump" agree, "Ghani
    /// Baradal" and "Abdul Ghani Baradal" agree, "Jack Sullivan" and "Jake Sullivan" do not.
    /// </summary>
    private static bool GivenNamesAgree(Cluster c, MentionCandidate m)
    {
        var given = GivenAndSurname(m).Given;
        foreach (var other in c.GivenNames)
        {
            var (shorter, longer) = given.Length <= other.Length ? (given, other) : (other, given);
            if (!IsSubsequence(shorter, longer)) return false;
        }
        return true;
    }

    private static bool IsSubsequence(string[] shorter, string[] longer)
    {
        var j = 0;
        foreach (var s in shorter)
        {
            while (j < longer.Length && !SameGivenName(s, longer[j])) j++;
            if (j == longer.Length) return false;
            j++;
        }
        return true;
    }

    private static bool SameGivenName(string a, string b) =>
        a == b || (a.Length == 1 && b.StartsWith(a, StringComparison.Ordinal)) || (b.Length == 1 && a.StartsWith(b, StringComparison.Ordinal));

    /// <summary>Name-part keys: given names (particles left out) and the surname.</summary>
    private static (string[] Given, string Surname) GivenAndSurname(MentionCandidate m)
    {
        var parts = m.PartKeys;
        if (parts.Length == 0) return ([], "");
        return ([.. parts[..^1]], parts[^1]);
    }

    private static void ResolveOthers(Document document, List<MentionCandidate> mentions, List<Cluster> clusters, Gazetteer gazetteer)
    {
        var byKey = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        foreach (var m in mentions.Where(m => m.Type != EntityType.Person))
        {
            var key = m.Entry is not null ? "gaz:" + m.Entry.Id : $"{m.Type}:{OrganisationKey(m.Type, NameKey.For(document.Slice(m.Span)))}";
            if (!byKey.TryGetValue(key, out var cluster))
            {
                cluster = new Cluster(m.Type, m.Entry);
                byKey[key] = cluster;
                clusters.Add(cluster);
            }
            cluster.Add(m);
        }
        JoinAcronyms(document, clusters);
        JoinShortNames(document, clusters, gazetteer);
    }

    /// <summary>
    /// "Mohamed Hamdan Dagalo, widely known as Hemedti", "Islamic State (also known as Daesh)",
    /// "Joaquín Guzmán, nicknamed El Chapo": a name the article gives right after another's, as
    /// what it is known as, is another name of the same actor. Only a name of the same kind joins,
    /// or one no list knows: "Kabul, known as the city of gardens" names nothing the lists hold.
    /// The other name written elsewhere joins too, read there as a person, an organisation, a place or other.
    /// </summary>
    private static void JoinNamesKnownAs(Document document, List<Cluster> clusters)
    {
        if (!MayGiveNamesKnownAs(document)) return;
        var byEnd = new Dictionary<int, Cluster>();
        foreach (var c in clusters)
            foreach (var m in c.Mentions)
                byEnd.TryAdd(m.Span.End, c);
        var removed = new HashSet<Cluster>();
        foreach (var known in clusters.ToList())
        {
            if (removed.Contains(known) || known.Entry is not null && known.Type != EntityType.Person) continue;
            foreach (var m in known.Mentions)
            {
                var end = KnownAsLeadStart(document, m.Span);
                if (end < 0) continue;
                while (end > 0 && char.IsWhiteSpace(document.Text[end - 1])) end--;
                if (!byEnd.TryGetValue(end, out var named) || named == known || removed.Contains(named)) continue;
                if (named.Type != known.Type && !(known.Entry is null && named.Type is EntityType.Person or EntityType.Org && MayBeReadAsNickname(known.Type))) continue;
                named.AddRange(known.Mentions);
                removed.Add(known);
                // the name written again, but read as another kind there ("Hemedti later left"), is the same actor's
                var keys = known.Mentions.Select(k => NameKey.For(document.Slice(k.Span))).ToHashSet(StringComparer.Ordinal);
                foreach (var again in clusters)
                    if (again != named && again != known && !removed.Contains(again) && again.Entry is null && MayBeReadAsNickname(again.Type)
                        && again.Mentions.All(a => keys.Contains(NameKey.For(document.Slice(a.Span)))))
                    {
                        named.AddRange(again.Mentions);
                        removed.Add(again);
                    }
                break;
            }
        }
        if (removed.Count > 0) clusters.RemoveAll(removed.Contains);
    }

    /// <summary>Whether the article holds any of the words that give another name ("known as", "nicknamed"): most hold none.</summary>
    internal static bool MayGiveNamesKnownAs(Document document) => document.Text.AsSpan().IndexOfAny(KnownAsWords) >= 0;

    /// <summary>
    /// Where the words that give the name at <paramref name="name"/> as what someone or something
    /// named before it is known as begin (", widely known as "), or -1.
    /// </summary>
    internal static int KnownAsLeadStart(Document document, TextSpan name)
    {
        if (name.Start == 0) return -1;
        var lead = KnownAsBefore().Match(document.Text, Math.Max(0, name.Start - 64), Math.Min(64, name.Start));
        return lead.Success && lead.Index + lead.Length == name.Start ? lead.Index : -1;
    }

    /// <summary>The kinds a nickname no list knows may be read as ("Hemedti" a person, an organisation or a place).</summary>
    private static bool MayBeReadAsNickname(EntityType type) =>
        type is EntityType.Person or EntityType.Org or EntityType.Other or EntityType.Gpe or EntityType.Loc;

    // (a plain "called" names nothing, so only the adverbs before it send an article to the pattern)
    private static readonly SearchValues<string> KnownAsWords = SearchValues.Create(
        ["known as", "nicknamed", "dubbed", "aka ", "a.k.a", "also called", "often called", "commonly called", "popularly called", "sometimes called", "widely called", "better called"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>", widely known as ", " (also known as ", ", aka ", ", nicknamed ": what stands between a name and another it is known by.</summary>
    [GeneratedRegex("""[,(]\s*(?:(?:also|widely|better|popularly|commonly|locally|often|sometimes|simply|more\s+commonly|now|formerly|formally)\s+)?(?:known\s+as|(?<=(?:also|widely|better|popularly|commonly|often|sometimes)\s+)called|nicknamed|dubbed|a\.?k\.?a\.?)\s+(?:the\s+)?["“']?$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KnownAsBefore();

    /// <summary>
    /// "the Yankees" after "the New York Yankees", "Qaeda" after "Al Qaeda": one word the article
    /// also writes at the end of exactly one longer organisation's name is that organisation; with
    /// two such names it stays apart, and a head noun alone is left alone. The word alone may have
    /// been read as other than an organisation ("the Orioles are third"): the name it ends says what it is.
    /// </summary>
    private static void JoinShortNames(Document document, List<Cluster> clusters, Gazetteer gazetteer) =>
        JoinToTheOnlyMatch(clusters,
            c => c.Mentions.Select(m => NameKey.For(document.Slice(m.Span))).Select(key => (Key: key, Space: key.LastIndexOf(' ')))
                .Where(k => k.Space > 0 && EndsInItsOwnName(k.Key, k.Space, gazetteer)).Select(k => k.Key[(k.Space + 1)..]),
            c =>
            {
                if (c.Entry is null && MastheadAlone(document, c) is { } masthead) return masthead;
                if (c.Entry is not null || c.Mentions.Any(m => document.Slice(m.Span).Contains(' '))) return null;
                var key = NameKey.For(document.Slice(c.Mentions[0].Span));
                // a head noun alone names an institution of its own kind ("the Senate" is not a state's), and initials are JoinAcronyms' to join
                return EntityLexicon.IsHead(key, out _) || key.Length <= 4 && c.Mentions.All(m => IsUpper(document.Slice(m.Span))) ? null : key;
            },
            otherJoins: true);

    /// <summary>
    /// "The Post" after "The New York Post", "the Times": a newspaper named by its masthead's last
    /// word alone, which as a head noun would otherwise name nothing of its own; the word's key.
    /// </summary>
    private static string? MastheadAlone(Document document, Cluster c)
    {
        string? key = null;
        foreach (var m in c.Mentions)
        {
            var name = document.Slice(m.Span);
            if (name.StartsWith("The ", StringComparison.Ordinal)) name = name[4..];
            if (name.Contains(' ') || !EntityLexicon.MastheadNouns.Contains(NameKey.For(name)) || key is not null && key != NameKey.For(name)) return null;
            key = NameKey.For(name);
        }
        return key;
    }


    /// <summary>
    /// Joins each organisation <paramref name="shortKeyOf"/> gives a key to the one other
    /// organisation that <paramref name="keysOf"/> files under that key; with none or several it
    /// stays apart. The index is read once: a short name has no keys of its own in it, so joining
    /// one changes none of them.
    /// </summary>
    private static void JoinToTheOnlyMatch(List<Cluster> clusters, Func<Cluster, IEnumerable<string>> keysOf, Func<Cluster, string?> shortKeyOf,
        bool otherJoins = false)
    {
        var organisations = clusters.Where(c => c.Type == EntityType.Org).ToList();
        var shortNames = otherJoins ? clusters.Where(c => c.Type is EntityType.Org or EntityType.Other).ToList() : organisations;
        var index = new Dictionary<string, HashSet<Cluster>>(StringComparer.Ordinal);
        foreach (var c in organisations)
            foreach (var key in keysOf(c))
            {
                if (!index.TryGetValue(key, out var named)) index[key] = named = [];
                named.Add(c);
            }
        var removed = new HashSet<Cluster>();
        foreach (var short_ in shortNames)
        {
            if (shortKeyOf(short_) is not { } key || !index.TryGetValue(key, out var named)) continue;
            var targets = named.Where(c => c != short_).ToList();
            if (targets.Count != 1) continue;
            targets[0].AddRange(short_.Mentions);
            removed.Add(short_);
        }
        if (removed.Count > 0) clusters.RemoveAll(removed.Contains);
    }

    /// <summary>
    /// Whether the last word of a name can stand for it: after a town ("New York Yankees"), a
    /// particle ("Al Qaeda") or two words or more ("Ku Klux Klan"); not after one plain word,
    /// whose last word names something else ("White House").
    /// </summary>
    private static bool EndsInItsOwnName(string key, int lastSpace, Gazetteer gazetteer)
    {
        var before = key[..lastSpace];
        return before.Contains(' ') || EntityLexicon.NameParticles.Contains(before)
            || gazetteer.NamesAPlace(before);
    }

    /// <summary>"Apple Inc" and "Apple": one company with or without its legal form.</summary>
    private static string OrganisationKey(EntityType type, string key) => type == EntityType.Org ? EntityLexicon.WithoutLegalForm(key) : key;

    /// <summary>
    /// An organisation's initials join its full name when the article spells both ("Islamic State
    /// Khorasan Province" ... "ISKP"), whether or not the lists know the full name ("Israel Defense
    /// Forces (IDF)"); initials the lists know are their own actor's.
    /// </summary>
    private static void JoinAcronyms(Document document, List<Cluster> clusters) =>
        JoinToTheOnlyMatch(clusters,
            c => c.Mentions.SelectMany(m => Initials(document[m.Span])).Where(i => i.Length > 0),
            c =>
            {
                if (c.Entry is not null) return null;
                var text = document.Slice(c.Mentions[0].Span);
                return text.Contains(' ') || !IsUpper(text) ? null : NameKey.For(text);
            });

    /// <summary>
    /// A name's initials as an acronym may spell them: every word's but the connectors' ("Islamic
    /// State of Iraq and the Levant", ISIL), and the capitalised words' ("Alliance to Reclaim Our
    /// Schools", AROS).
    /// </summary>
    private static string[] Initials(string name)
    {
        var words = NameKey.For(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return [];
        return [string.Concat(words.Where(w => !EntityLexicon.Connectors.Contains(w)).Select(w => w[0])), EntityLexicon.CapitalisedInitials(name).ToLowerInvariant()];
    }

    private static bool IsUpper(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        return true;
    }

    private static ImmutableArray<Entity> Build(Document document, List<Cluster> clusters, ActorRegistry registry)
    {
        var linked = clusters.Where(c => c.Mentions.Count > 0).Select((c, i) => (Cluster: c, Match: Link(document, c, registry), Index: i)).ToList();
        // "Jack Sullivan" and "Jake Sullivan" stay apart in the article, but one registered actor makes them one entity
        var groups = linked.GroupBy(l => l.Match?.Actor.Id ?? $"\0{l.Index}", StringComparer.Ordinal)
            .OrderBy(g => g.Min(l => l.Cluster.FirstStart));
        var entities = ImmutableArray.CreateBuilder<Entity>(clusters.Count);
        foreach (var group in groups)
        {
            var first = group.OrderBy(l => l.Cluster.FirstStart).First();
            var match = group.Select(l => l.Match).OfType<ActorMatch>().MaxBy(m => m.Confidence);
            var mentions = group.SelectMany(l => l.Cluster.Mentions).OrderBy(m => m.Span.Start).ToList();
            var aliases = mentions.Select(m => document[m.Span]).Distinct(StringComparer.Ordinal).ToImmutableArray();
            var name = WithTypewriterApostrophes(AsTheArticleWrites(ListedFormWritten(match, aliases) ?? match?.Actor.Name ?? first.Cluster.Entry?.Name ?? Fullest(aliases), aliases));
            if (first.Cluster.Type == EntityType.Org) name = WithoutArticle(name);
            entities.Add(new Entity($"e{entities.Count + 1}", name, first.Cluster.Type, aliases, [.. mentions.Select(m => m.Span)], [])
            {
                Title = mentions.Select(m => m.Title).FirstOrDefault(t => t is not null),
                ActorId = match?.Actor.Id,
                Confidence = match?.Confidence,
            });
        }
        return entities.ToImmutable();
    }

    /// <summary>
    /// "The State Department said", "The Washington Post reported": an organisation opening its
    /// sentence, or a paper that capitalises its article, is named without it ("State Department",
    /// "Washington Post"), as it is mid-sentence and in lists; a name of one word after it keeps it
    /// ("The Hill", "The Post").
    /// </summary>
    private static string WithoutArticle(string name) =>
        name.StartsWith("The ", StringComparison.Ordinal) && name.AsSpan(4).Count(' ') >= 1 ? name[4..] : name;

    /// <summary>
    /// A person the article names in full by fewer words than the registry, all of them in one of the
    /// registry's forms and in its order, is named as the article writes it: "Osama bin Laden",
    /// "Saddam Hussein", "Abu Bakr al-Baghdadi", "Viktor Yanukovych", not the sanctions lists' legal
    /// names ("Usama bin Muhammad bin Awad Bin Ladin", "Viktor Fedorovych Yanukovych"): the form a
    /// newsroom uses. A misspelt name keeps the registry's spelling ("Anthony Brinken" is no form of
    /// Antony Blinken's), and so does "Vladimir V. Putin" (the registry's "Vladimir Putin" is shorter).
    /// </summary>
    private static string? ListedFormWritten(ActorMatch? match, ImmutableArray<string> aliases)
    {
        if (match is not { Actor.Type: EntityType.Person }) return null;
        var written = Fullest(aliases);
        var words = Words(written);
        if (words.Length < 2 || words.Length >= Words(match.Actor.Name).Length) return null;
        return match.Actor.Aliases.Prepend(match.Actor.Name).Any(form => InOrder(words, Words(form))) ? written : null;
    }

    private static string[] Words(string name) => NameKey.For(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Whether every word of <paramref name="part"/> stands in <paramref name="whole"/>, in the same order.</summary>
    private static bool InOrder(string[] part, string[] whole)
    {
        var j = 0;
        foreach (var word in whole)
            if (j < part.Length && word == part[j]) j++;
        return j == part.Length;
    }

    /// <summary>
    /// "James O’Neill" and "James O'Neill", "McDonald’s" and "McDonald's" are one name however a
    /// copy typesets it: the canonical name takes the typewriter apostrophe, as registries and
    /// analysts write names, and the article's own spelling stays among the aliases.
    /// </summary>
    private static string WithTypewriterApostrophes(string name) =>
        name.Contains('’') || name.Contains('ʼ') ? name.Replace('’', '\'').Replace('ʼ', '\'') : name;

    /// <summary>
    /// A registry's name written with accents the article leaves off ("Recep Tayyip Erdoğan" in a
    /// copy that writes "Erdogan", "Kraków" for "Krakow") is named as the article writes it, the
    /// way the newsroom the copy comes from spells it.
    /// </summary>
    private static string AsTheArticleWrites(string name, ImmutableArray<string> aliases)
    {
        var plain = NameKey.WithoutAccents(name);
        if (ReferenceEquals(plain, name) || aliases.Any(a => !ReferenceEquals(NameKey.WithoutAccents(a), a))) return name;
        var words = plain.Split(' ');
        return aliases.Any(a => a.Split(' ').Any(w => words.Contains(w, StringComparer.Ordinal))) ? plain : name;
    }

    /// <summary>
    /// The registry's actor for a cluster: the gazetteer entry it was found by, else the best match
    /// of its spellings, fullest first, with the title the article gives it as evidence of role.
    /// </summary>
    private static ActorMatch? Link(Document document, Cluster cluster, ActorRegistry registry)
    {
        if (cluster.Entry is { } entry && registry.FindById(entry.Id) is { } actor)
            return new ActorMatch(actor, MatchKind.Name, 1.0);
        var names = cluster.Mentions.Select(m => document[m.Span]).Distinct(StringComparer.Ordinal)
            .OrderByDescending(n => n.Count(char.IsWhiteSpace)).ThenByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal)
            .ToList();
        var title = cluster.Mentions.Select(m => m.Title).FirstOrDefault(t => t is not null);
        return registry.Resolve(cluster.Type, names, title);
    }

    /// <summary>
    /// The form with the most words, then the longest, then the first seen: "Kenneth MacKenzie"
    /// over "Mackenzie"; a form in ordinary case over one in capitals (a headline's "U.S. TREASURY"
    /// is the body's "U.S. Treasury"), which is how a newsroom writes the name.
    /// </summary>
    private static string Fullest(ImmutableArray<string> aliases)
    {
        var best = aliases[0];
        foreach (var a in aliases)
        {
            if (InCapitals(a) != InCapitals(best))
            {
                if (InCapitals(best)) best = a;
                continue;
            }
            var words = a.Count(char.IsWhiteSpace);
            var bestWords = best.Count(char.IsWhiteSpace);
            if (words > bestWords || (words == bestWords && a.Length > best.Length))
                best = a;
        }
        return best;
    }

    private static bool InCapitals(string name) => name.Count(char.IsLower) == 0 && name.Count(char.IsUpper) > 1;
}
