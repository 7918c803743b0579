namespace Sitrep.Framing;

/// <summary>
/// How one article tells the war: its share of sentences framed in its own voice, its cues by
/// technique and by voice, whose dead it counts and with which words, which armed sides its
/// events involve but whose dead it never counts, and which parties it quotes. <see cref="OneSided"/>
/// and <see cref="HeavilyFramed"/> summarise it, with <see cref="Reasons"/> saying why.
/// </summary>
public sealed record ArticleFramingProfile(
    string ArticleId,
    string? Outlet,
    DateOnly? Published,
    int Sentences,
    int FramedSentences,
    int OutletCues,
    int QuotedCues,
    IReadOnlyDictionary<string, int> Techniques,
    IReadOnlyList<SideDeaths> Dead,
    IReadOnlyList<string> SidesOmitted,
    IReadOnlyList<string> PartiesQuoted,
    bool HeavilyFramed,
    bool OneSided,
    IReadOnlyList<string> Reasons)
{
    public double FramedShare => Sentences == 0 ? 0 : (double)FramedSentences / Sentences;

    public IEnumerable<string> SidesCounted => Dead.Where(d => d.Killed > 0).Select(d => d.Side);
}
