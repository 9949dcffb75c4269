using System.Text.RegularExpressions;
using Vigil.Collections;
using Vigil.Documents;

namespace Vigil.Extraction.Entities;

// Sports tables name players among numbers: a cricket scorecard by surname ("Saeed Anwar c Croft b
// Cork 176", "Bowling : Lewis 12-1-64-0"), a list of scorers with their clubs ("10 - Davor Suker ( Real Madrid )").
internal sealed partial class MentionFinder
{
    /// <summary>
    /// A batting row (the batsman, how he was out, his runs) and a bowling figure (overs, maidens,
    /// runs, wickets) name players, whatever else the name could be: the surnames "Cork" and
    /// "Salisbury" are towns in the gazetteer and the tagger reads "Croft" as anything, but in
    /// "c Croft b Cork 176" both are fielder and bowler. The row is matched whole, so that prose
    /// with a stray "b" keeps its reading.
    /// </summary>
    private List<MentionCandidate> PlayersInScorecards(List<MentionCandidate> found)
    {
        if (!_text.Contains(" b ", StringComparison.Ordinal) && !_text.Contains(" not out ", StringComparison.Ordinal)
            && !BowlingFigure().IsMatch(_text))
            return found;
        List<MentionCandidate>? players = null;
        for (var s = 0; s < _document.Sentences.Length; s++)
        {
            var line = _document.Sentences[s].Span;
            var row = BattingRow().Match(_text, line.Start, line.Length);
            if (row.Success)
            {
                foreach (var name in new[] { "batsman", "fielder", "bowler" })
                    foreach (Capture player in row.Groups[name].Captures)
                        AddPlayer(player, s, ref players);
                continue;
            }
            for (var figure = BowlingFigure().Match(_text, line.Start, line.Length); figure.Success; figure = figure.NextMatch())
                AddPlayer(figure.Groups["bowler"], s, ref players);
        }
        return players is null ? found : ReplacedBy(found, players);
    }

    /// <summary>
    /// "10 - Davor Suker ( Real Madrid ) , Juan Pizzi ( Barcelona )", "8 - Alfonso ( Betis )": in a
    /// ranked line of players, or a squad's line of two players or more under its label ("Forwards :
    /// Alan Shearer ( Newcastle ) , Les Ferdinand ( Newcastle )"), the name in brackets after a player
    /// is his club, unless it is a country ("1. Luc Alphand ( France ) 1:50.35", "Greg Norman ( Australia ) 68 68").
    /// </summary>
    private List<MentionCandidate> ClubsOfRankedPlayers(List<MentionCandidate> found)
    {
        if (!_text.Contains(" ) ", StringComparison.Ordinal) && !_text.Contains(" )\n", StringComparison.Ordinal)) return found;
        List<MentionCandidate>? named = null;
        for (var s = 0; s < _document.Sentences.Length; s++)
        {
            var line = _document.Sentences[s].Span;
            var ranked = RankedLine().IsMatch(_text.AsSpan(line.Start, line.Length));
            if (!ranked && !LabelledLine().IsMatch(_text.AsSpan(line.Start, line.Length))) continue;
            var entries = new List<Match>();
            for (var entry = PlayerOfClub().Match(_text, line.Start, line.Length); entry.Success; entry = entry.NextMatch()) entries.Add(entry);
            if (!ranked && entries.Count < 2) continue;
            foreach (var entry in entries)
            {
                var club = entry.Groups["club"];
                if (_gazetteer.Lookup(club.Value).Any(e => FieldsNationalSide(e) || e.Type == EntityType.Norp)) continue;
                var span = new TextSpan(club.Index, club.Index + club.Length);
                (named ??= []).Add(new MentionCandidate(span, EntityType.Org, s));
                AddPlayer(entry.Groups["player"], s, ref named);
            }
        }
        return named is null ? found : ReplacedBy(found, named);
    }

    /// <summary>"13 - Ronaldo", "2. Ghedina", "136 Billy Mayfair": a line that opens with a rank or a tally and a name.</summary>
    [GeneratedRegex(@"^\s*\d+(?: -|\.)? \p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex RankedLine();

    /// <summary>"Defenders : Gary Neville ( Manchester United ) , Tony Adams ( Arsenal )": a squad's line under its label.</summary>
    [GeneratedRegex(@"^\s*\p{Lu}\p{L}+(?: \p{L}+)? : \p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex LabelledLine();

    [GeneratedRegex(@"(?<![\p{L}\d] )(?<player>" + PlayerName + @") \( (?<club>[A-Z][\p{L}.'\-]*(?: [A-Z][\p{L}.'\-]*){0,3}) \)", RegexOptions.CultureInvariant)]
    private static partial Regex PlayerOfClub();

    private void AddPlayer(Capture player, int sentence, ref List<MentionCandidate>? players)
    {
        var span = new TextSpan(player.Index, player.Index + player.Length);
        (players ??= []).Add(new MentionCandidate(span, EntityType.Person, sentence) { Parts = WordsIn(span), PersonByContext = true });
    }

    private const string PlayerName = @"[A-Z][\p{L}'.\-]*(?: (?:[A-Z][\p{L}'.\-]*|de|van|der|ul|al|bin))*";

    /// <summary>
    /// "Saeed Anwar c Croft b Cork 176", "Aamir Sohail lbw b Mullally 4", "Moin Khan st Russell b Croft 12",
    /// "Wasim Akram c & b Salisbury 40", "Salim Malik not out 100", "Ijaz Ahmed run out 8".
    /// </summary>
    [GeneratedRegex(@"\G(?<batsman>" + PlayerName + @") (?:(?:c (?<fielder>" + PlayerName + @") |st (?<fielder>" + PlayerName + @") |c (?:&|and) |lbw |hit wicket )?b (?<bowler>"
        + PlayerName + @")|run out(?: \( (?<fielder>" + PlayerName + @")(?: / (?<fielder>" + PlayerName + @"))? \))?|not out|retired hurt|retired out) \d+ *$",
        RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex BattingRow();

    /// <summary>"Lewis 12-1-64-0", "Mullally 37.1-7-97-2 ( nb-2 )": a bowler's overs, maidens, runs and wickets.</summary>
    [GeneratedRegex(@"(?<![\p{L}\d] )(?<bowler>" + PlayerName + @") \d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex BowlingFigure();
}
