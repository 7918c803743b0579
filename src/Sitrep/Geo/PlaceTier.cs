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
}
