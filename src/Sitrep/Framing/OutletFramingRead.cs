namespace Sitrep.Framing;

/// <summary>
/// The article profiles a framing view read, and where they came from: <see cref="FromStore"/> from
/// their stored summaries, <see cref="Framed"/> framed again from their text (no summary stored, or
/// one made with other framing data), and <see cref="Backfilled"/> of those stored on the way.
/// </summary>
public sealed record OutletFramingRead(IReadOnlyList<ArticleFramingProfile> Profiles, int FromStore, int Framed, int Backfilled)
{
    /// <summary>A line for the user when some articles had to be framed again, else null.</summary>
    public string? Note => Framed == 0 ? null
        : Backfilled > 0
            ? $"{Framed} article(s) had no current framing summary; framed from their text and stored ({Backfilled})"
            : $"{Framed} article(s) had no current framing summary (stored before schema step 10, or framing data changed since); "
              + "framed from their text. Run `sitrep outlets --backfill` once to store them, so views read them directly";
}
