namespace Sitrep.Geo;

/// <summary>What a context word says about a neighbouring place name (see <c>data/geo/cues.tsv</c>).</summary>
public enum CueRole
{
    None,
    Province,
    District,
    City,
    Village,
    Capital,
    Site,
    Locative,
    Near,
    Direction,
    Title,
    Motion,
}
