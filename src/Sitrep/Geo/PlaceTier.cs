namespace Sitrep.Geo;

/// <summary>How much evidence a place needs before a bare name in text is taken for it.</summary>
public enum PlaceTier
{
    /// <summary>Countries, regions, provinces, districts, Afghan towns, world capitals: the name alone will do.</summary>
    Major,
    /// <summary>Other world cities: need a locative cue ("in", "near", "city of") unless very large.</summary>
    WorldCity,
    /// <summary>Villages from the lower-confidence list: need a "village" cue.</summary>
    Village,
    /// <summary>
    /// Units and towns of other countries (the world file): need their country named in the
    /// article (a country name, a demonym, its capital or a big city in the dateline), or a kind
    /// cue where no Afghan place has the name. Afghan text keeps its Afghan places.
    /// </summary>
    WorldUnit,
}
