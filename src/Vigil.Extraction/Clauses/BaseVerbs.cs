namespace Vigil.Extraction.Clauses;

/// <summary>
/// Common English verbs in their base form. Without a tagger this is how a predicate is told from
/// a noun after "and": "lift regulations and open more land" splits, "cut individual, business and
/// capital gains rates" does not.
/// </summary>
internal static class BaseVerbs
{
    private static readonly FrozenSet<string> Words = (
        "accept access achieve acknowledge act adapt add address adjust admit adopt advance advise advocate affect afford agree aid aim " +
        "allow alter amend analyze announce answer appeal appear apply appoint approve argue arm arrange arrest ask assert assess assign " +
        "assist assure attach attack attempt attend attract authorize avoid back ban bar bargain be bear beat become begin believe " +
        "benefit bind block boost borrow break bring broker build burn buy call campaign cancel capture care carry cast catch cause cease " +
        "challenge change charge check choose cite claim clarify clean clear close collaborate collect combat combine come commit " +
        "compensate compete complete comply concede conclude condemn conduct confirm confront connect consider consult contact contain " +
        "continue contribute control convene convert convince cooperate coordinate cope correct counter cover crack create criticize cross " +
        "crush curb cut deal debate decide declare decline decrease defeat defend define delay deliver demand demonstrate deny deploy " +
        "deport deposit deprive design destroy detain deter determine develop devote die disarm disband discipline disclose discourage " +
        "discuss dismantle dismiss dispatch dispute dissolve distribute do donate double draft drain draw drive drop earn ease educate " +
        "elect eliminate embrace emerge employ enable encourage end endorse enforce engage enhance ensure enter equip escalate establish " +
        "evacuate evaluate examine exclude execute exercise exit expand expect expel explain exploit explore export expose extend " +
        "face facilitate fail fight file fill finance find finish fire fix focus follow force forge form fortify free freeze fulfill " +
        "fulfil fund gain gather get give go govern grant grow guarantee guard halt handle hand harm hear help hike hire hit hold honor " +
        "honour host identify ignore implement impose improve include increase inform initiate install institute integrate intensify " +
        "intervene introduce invade invest investigate invite issue join judge junk keep kill launch lead leave legalize lend let levy " +
        "liberalize lift limit listen live loan lock look lower maintain make manage march mark meet merge minimize mobilize modernize " +
        "monitor move name negotiate normalize notify obey observe obtain occupy offer open operate oppose order organize overhaul " +
        "overturn oversee pass pause pay permit persuade phase pick place plan play pledge plug post postpone pour preposition preserve " +
        "press pressure prevent privatize proceed produce prohibit promote propose prosecute protect protest provide publish pull punish " +
        "purchase pursue push put raise ratify reach read rebuild receive recognize recognise reconsider record recover recruit reduce " +
        "reestablish refer reform refrain refuse regain register regulate reimburse reinforce reinstate reject release relieve relocate " +
        "remain remove renew renounce reopen repair repatriate repay repeal replace report represent request require rescind rescue " +
        "reserve reset resettle resign resist resolve respect respond restore restrain restrict restructure resume retain retaliate " +
        "retire return reveal reverse review revise revive revoke reward rule run sanction save scale scrap screen search secure seek " +
        "seize sell send serve set settle share shield shift shoot shut sign simplify slap slash solve speak spend sponsor stabilize " +
        "stand start station stay step stick stop strengthen strike submit subsidize succeed sue supply support suspend sustain take " +
        "talk target tax tear terminate test testify tighten top trade train transfer transform treat trim try turn uncover undermine " +
        "undertake unfreeze unify unite unveil uphold upgrade urge use veto vote wage wall waive walk want warn wipe withdraw withhold " +
        "work write yield abide abandon abolish accelerate accommodate broaden bolster bring buy clamp confiscate consolidate crack " +
        "decrease demolish deregulate dispatch divert dump embargo erect exempt fight forgive halve inject outlaw overrule partner " +
        "police prioritize prosecute rally ration rebuild redistribute refinance refund reimpose reintroduce relax remake rename " +
        "replenish reshape rewrite ship spare spur streamline subpoena surrender tackle topple trigger unblock unlock waive welcome " +
        "rely repeat stave curb protect reopen recognize cooperate comply pay enter attend accept abide respect treat " +
        "hammer educate push overturn junk drop dispel fuel stick turn raise create justice give expand concentrate " +
        "regain restart rethink retake rejoin reward pardon exonerate indict charge sue settle appeal testify assert " +
        "answer appear show meet visit travel fly leave arrive stay return bring send hand deliver airlift evacuate " +
        "allow let enable permit prevent stop end halt cease resume continue begin start finish complete win lose"
    ).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool Contains(ReadOnlySpan<char> word) => Words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
