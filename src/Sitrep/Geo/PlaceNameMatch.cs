namespace Sitrep.Geo;

/// <summary>
/// A run of tokens [<see cref="FirstToken"/>, <see cref="LastToken"/>] that spells one or more
/// gazetteer names. <see cref="Fuzzy"/>: only within one edit; <see cref="Demonym"/>: a people's
/// name standing for its country ("Croatian soldier"); <see cref="Blocked"/>: a stop phrase.
/// </summary>
public sealed record PlaceNameMatch(
    int FirstToken,
    int LastToken,
    IReadOnlyList<PlaceName> Names,
    bool Fuzzy = false,
    bool Demonym = false,
    bool Blocked = false);
