using System.Collections.Frozen;
using Vigil.Documents;

namespace Vigil.Extraction.Entities;

/// <summary>
/// The small closed word lists the entity rules read: English function words, the head nouns that
/// make a capitalised phrase an organisation or a place, speech verbs. They are the project's own
/// (not derived from a data set), kept here beside the rules that use them. All are lookup keys
/// (<see cref="NameKey.For"/>), so "Gov." and "gov" are one entry.
/// </summary>
public static class EntityLexicon
{
    /// <summary>
    /// Adverbs and interjections that open sentences ("Again, ...", "Please ..."): never a name, and
    /// never the speaker a cue attached to them would make of them.
    /// </summary>
    public static readonly FrozenSet<string> SentenceOpeners = Keys(SentenceOpenerWords);

    private const string SentenceOpenerWords =
        "again once already also always never often perhaps maybe indeed thus hence therefore otherwise rather soon later earlier " +
        "however meanwhile moreover furthermore nevertheless nonetheless instead even still now today yesterday tomorrow tonight " +
        "just only very too well please thanks sorry oh ok okay hello yes no";

    /// <summary>
    /// Capitalised words that never start or continue a name: they are capitalised because they
    /// open a sentence (or because a garbled copy capitalised them mid-sentence).
    /// </summary>
    public static readonly FrozenSet<string> StopWords = Keys(SentenceOpenerWords + " " +
        "a an the this that these those there here it its it's i i'm i'd me my mine we we're us our you your he he's him his she she's her hers they they're them their " +
        "and or but nor yet so for if then than when where while whether why how what which who whom whose because although though unless until since " +
        "whenever wherever whatever whoever whichever " +
        "as at by from in into of off on onto out over to up upon with within without about above after against along among around before behind below beneath " +
        "beside besides between beyond despite down during except inside near outside past per through throughout toward towards under unlike via " +
        "is are was were be been being am do does did done have has had having will would shall should can could may might must " +
        "not no yes all any both each either every few many more most much neither none other others several some such " +
        "one two three four five six seven eight nine ten first second third last next another " +
        "ago almost like unlike according asked said says say told added " +
        "everyone everybody everything someone somebody something anyone anybody anything nobody nothing " +
        "mr mrs ms " +
        "monday tuesday wednesday thursday friday saturday sunday " +
        "january february march april may june july august september october november december " +
        "jan feb mar apr jun jul aug sep sept oct nov dec " +
        "officials official analysts experts sources critics witnesses residents authorities observers diplomats " +
        "people police troops soldiers leaders reporters journalists investigators prosecutors lawmakers " +
        "thank dear " +
        "photo image video source sources read watch listen click subscribe advertisement related share comments editor's note");

    /// <summary>Lower-case words that may stand inside a name between capitalised words ("Bank of England", "Osama bin Laden").</summary>
    public static readonly FrozenSet<string> Connectors = Keys(
        "of the and for de del della des di da do dos du la le les van von der den ter bin ibn bint al el y e wa");

    /// <summary>Particles that may open a name, written in lower case ("al-Qaeda", "bin Laden", "de Gaulle").</summary>
    public static readonly FrozenSet<string> NameParticles = Keys("al el bin ibn de van von da di du wa");

    /// <summary>
    /// The Arabic particles, which between the words of a name make it a person's ("Bakheet
    /// al-Rashidi", "Mohammed bin Salman"); the Romance ones do not ("Cinco de Mayo").
    /// </summary>
    public static readonly FrozenSet<string> ArabicParticles = Keys("al el bin ibn bint abu");

    /// <summary>Particles that join one name between hyphens ("Inzamam-ul-Haq", "Fazl-ur-Rehman").</summary>
    public static readonly FrozenSet<string> HyphenParticles = Keys("ul ur ud al el");

    /// <summary>Head nouns by the type they give the phrase they end ("Defence Ministry", "Kabul Airport").</summary>
    public static readonly FrozenDictionary<string, EntityType> HeadWords = BuildHeads();

    /// <summary>
    /// Words that may stand between a place or organisation and a head noun and still belong to
    /// the name ("US Central Command", "UN Security Council", "Pristina International Airport").
    /// </summary>
    public static readonly FrozenSet<string> Descriptors = Keys(
        "international national central federal foreign defence defense security supreme high interior home justice state health " +
        "finance treasury intelligence armed special joint air naval military public general human rights economic development " +
        "energy trade education homeland democratic republican labor labour conservative liberal socialist communist green " +
        "people's peoples popular revolutionary royal presidential constitutional civil criminal reserve emergency stock " +
        "relations affairs studies research technology science sciences islamic catholic orthodox united new north south east west " +
        "northern southern eastern western city regional provincial municipal metropolitan world global european african asian " +
        "arab american atlantic pacific nuclear atomic environmental environment agriculture commerce transport transportation " +
        "veterans women's children's refugee refugees migration police border coast peace investigation counterterrorism " +
        "press information communications broadcasting news media financial monetary investment grand " +
        "sports sport football soccer cricket rugby tennis golf olympic athletics baseball basketball hockey racing");

    /// <summary>
    /// People news names by their initials, whom the article may never name in full ("voted for JFK");
    /// other initials read as a person's are an organisation's.
    /// </summary>
    public static readonly FrozenSet<string> PersonInitials = Keys("jfk fdr lbj mlk rfk aoc rbg mbs mbz");

    /// <summary>The last words of newspapers' names ("New York Times", "Charlotte Observer"), which head an organisation's name.</summary>
    private const string MastheadWords =
        "times post journal herald tribune telegraph gazette observer chronicle examiner inquirer enquirer courier dispatch bulletin sentinel statesman";

    /// <summary>
    /// A masthead's last word alone names the paper ("The Post", "the Times"): the words above and
    /// those no organisation's name is headed by elsewhere ("Globe", "Guardian", "Star").
    /// </summary>
    public static readonly FrozenSet<string> MastheadNouns = Keys(MastheadWords + " globe guardian independent mirror star");

    /// <summary>The last words of news media's names: mastheads', broadcasters' and agencies' ("CBS News", "Fox News Channel").</summary>
    private const string MediaWords = MastheadWords + " news newsroom press radio television tv broadcasting channel daily weekly";

    /// <summary>Words that, ending a name, make it a newsroom's (<see cref="MediaWords"/>, and "network" and "magazine").</summary>
    public static readonly FrozenSet<string> MediaHeads = Keys(MediaWords + " network magazine");

    /// <summary>
    /// The initials of a name's capitalised words, in capitals ("Alliance to Reclaim Our Schools":
    /// AROS; "Housing Authority of New Orleans": HANO), as an acronym spells them.
    /// </summary>
    public static string CapitalisedInitials(ReadOnlySpan<char> name)
    {
        Span<char> initials = stackalloc char[Math.Min(name.Length, 64)];
        var n = 0;
        for (var i = 0; i < name.Length && n < initials.Length; i++)
            if (char.IsUpper(name[i]) && (i == 0 || name[i - 1] is ' ' or '-')) initials[n++] = name[i];
        return new string(initials[..n]);
    }

    /// <summary>Verbs that attribute speech: a capitalised word beside one is most likely a speaker's name.</summary>
    public static readonly FrozenSet<string> SpeechVerbs = Keys(
        "said says say told tells tell wrote writes added adds asked asks insisted insists noted notes explained explains stated states " +
        "tweeted tweets posted warned warns argued argues claimed claims admitted admits hinted hints announced announces declared declares " +
        "acknowledged acknowledges replied replies responded responds continued urged urges suggested suggests " +
        "believes believed thinks thought confirmed confirms denied denies stressed stresses emphasised emphasized " +
        "recalled recalls observed observes remarked commented comments concluded concludes predicted predicts " +
        "promised promises vowed vows pledged pledges threatened threatens demanded demands criticised criticized " +
        "praised praises welcomed welcomes cautioned cautions reported reports revealed reveals disclosed conceded concedes " +
        "testified testifies maintained maintains contended contends complained complains agreed agrees");

    /// <summary>
    /// Words after which a capital names its country's government rather than the city: it opens the
    /// clause or stands beside another actor ("Washington said", "between the Taliban and Washington",
    /// "talks with Moscow", "an attack on Washington", "pressure by Beijing"). After any other word, a
    /// verb or a preposition of place, it is the city ("entered Kabul", "flew to Kabul").
    /// </summary>
    public static readonly FrozenSet<string> MetonymyCues = Keys(
        "and or but nor that between with against on by than versus vs while whereas as if because since although though " +
        "however meanwhile also both either neither");

    /// <summary>
    /// Nouns of a city's own, after which its name is the city and not the government a capital may
    /// stand for ("Kabul airport", "Baghdad residents"; "Moscow officials" are the government's).
    /// </summary>
    public static readonly FrozenSet<string> CityNouns = Keys(
        "airport airports police residents resident people streets street mayor suburbs suburb neighbourhood neighborhood " +
        "neighbourhoods neighborhoods district districts hospital hospitals university universities school schools zoo metro subway " +
        "traffic hotel hotels station skyline outskirts downtown market markets prison marathon bureau correspondent " +
        "native natives council province governor");

    /// <summary>Words that make the name they open a place: "Fort Wayne", "Mount Everest", "Lake Geneva", "Camp David".</summary>
    public static readonly FrozenDictionary<string, EntityType> PrefixHeads = new Dictionary<string, EntityType>
    {
        ["fort"] = EntityType.Gpe, ["port"] = EntityType.Gpe, ["mount"] = EntityType.Loc, ["mt"] = EntityType.Loc,
        ["lake"] = EntityType.Loc, ["cape"] = EntityType.Loc, ["camp"] = EntityType.Fac, ["gulf"] = EntityType.Loc,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>A name key without the legal forms that end it: "apple inc" → "apple", "samsung electronics co ltd" → "samsung electronics".</summary>
    public static string WithoutLegalForm(string key)
    {
        while (key.LastIndexOf(' ') is var space and > 0 && CompanySuffixes.Contains(key[(space + 1)..]))
            key = key[..space];
        return key;
    }

    /// <summary>Words that open a sports club's name before its town: "Inter Milan", "Real Madrid", "Dynamo Kiev", "AC Milan".</summary>
    public static readonly FrozenSet<string> ClubPrefixes = Keys(
        "ac fc afc inter real atletico athletic sporting dynamo dinamo spartak lokomotiv olympique olympiakos borussia hertha " +
        "werder eintracht racing deportivo");

    /// <summary>
    /// Upper-case words that are not an organisation's initials: units, times, currencies, formats,
    /// roman numerals. An unknown upper-case word outside this list is read as an organisation ("NBC").
    /// </summary>
    public static readonly FrozenSet<string> NotAcronyms = Keys(
        "am pm gmt utc est edt pst pdt cet bst usd eur gbp jpy cny rmb inr gdp cpi ceo cfo coo cto cio vp md phd mba " +
        "tv dvd cd pc usb gps sms pdf url html faq fyi asap rip omg lol ok diy " +
        "mph kph km kg lb lbs oz ft mb gb kb tb hz mhz ghz mw kw kwh mmbtu bbl " +
        "ii iii iv vi vii viii ix xi xii xiii xiv xv xx " +
        "covid aids hiv sars mers ptsd adhd dna rna icu er " +
        "ad bc bce ce aka etc ie eg nb ps re vs");

    /// <summary>
    /// Initials that stand for a kind of organisation, as "CEO" does for a post ("a super PAC", "the
    /// PAC", "NGOs"): a noun, never a name alone; within a name they stay ("Club for Growth PAC").
    /// </summary>
    public static readonly FrozenSet<string> KindsOfOrganisation = Keys("pac pacs ngo ngos");

    /// <summary>
    /// Common nouns that a house style or a court's writing capitalises ("The Government did not
    /// contest", "Petitioner contends"): alone they name no one, and the corpora leave them out;
    /// within a name they stay ("the Rudd Government").
    /// </summary>
    public static readonly FrozenSet<string> CapitalisedCommonNouns =
        "government petitioner petitioners respondent respondents appellant appellants appellee appellees plaintiff plaintiffs defendant defendants claimant claimants"
            .Split(' ').ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsHead(string key, out EntityType type) => HeadWords.TryGetValue(key, out type);

    /// <summary>
    /// Head nouns that name a building as often as the body housed in it ("Kennedy Space Center",
    /// "the Museum of Flight", "Johns Hopkins Hospital"): the corpora split them between places and
    /// organisations, so the tagger's reading of the name, which has its context, decides.
    /// </summary>
    public static readonly FrozenSet<string> BuildingOrBodyHeads = Keys("museum center centre hospital");

    /// <summary>Words of a think tank's or a firm's trade: before such a head they make it the body ("Tax Policy Center", "Campaign Legal Center").</summary>
    public static readonly FrozenSet<string> TradeWords = Keys("policy legal research studies justice law strategic progress");

    /// <summary>The legal forms that end a company's name: "Intel Corp" is whole before "and".</summary>
    public static readonly FrozenSet<string> CompanySuffixes = Keys("corp co cos company inc ltd plc llc gmbh ag sa nv spa bv oyj bhd");

    private static FrozenDictionary<string, EntityType> BuildHeads()
    {
        var heads = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        void Add(EntityType type, string words)
        {
            foreach (var w in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                heads[NameKey.For(w)] = type;
        }
        Add(EntityType.Org,
            "agency agencies administration alliance assembly association authority authorities bank board brigade brigades bureau cabinet " +
            "caucus centre center chamber coalition college command commission committee company conference congress corporation corp corps " +
            "council court department directorate division embassy federation foundation front fund group guard guards inc institute " +
            "institution league ltd llc plc ministry mission movement network office organization organisation parliament party police " +
            "program programme secretariat senate service services society tribunal union university army navy militia militias " +
            MediaWords + " " +
            "club church academy school airlines airways bureau forces force regiment battalion battalions cartel " +
            "exchange museum library technologies systems holding holdings securities partners industries motors pharmaceuticals " +
            "laboratories labs gmbh orchestra philharmonic choir tech " +
            "futures insurance investments petroleum enterprises associates ventures brothers bros electric electronics " +
            "chemicals pharma foods studios entertainment railways shipping logistics mining steel semiconductor software solutions consulting bancorp");
        Add(EntityType.Fac,
            "airport airbase base bridge stadium palace prison square tower dam station hotel mosque cathedral temple shrine " +
            "highway road street avenue boulevard gate camp checkpoint crossing building hall arena barracks compound casino resort " +
            "auditorium cinema amphitheatre amphitheater coliseum colosseum pier terminal plaza mall ground racecourse speedway velodrome raceway");
        Add(EntityType.Loc,
            "river mountains mountain sea ocean valley desert island islands gulf lake peninsula coast strait straits bay basin " +
            "plateau canal corridor strip plain plains range hills forest park falls harbor harbour");
        Add(EntityType.Gpe, "province county city district prefecture oblast governorate municipality springs beach heights township village");
        Add(EntityType.Event,
            "war summit olympics games cup festival revolution uprising massacre championship championships election elections " +
            "marathon tournament prix convention");
        return heads.ToFrozenDictionary(StringComparer.Ordinal);
    }

    internal static FrozenSet<string> Keys(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => NameKey.For(w)).ToFrozenSet(StringComparer.Ordinal);
}
