using Sitrep.Ledger;

namespace Sitrep.Framing;

/// <summary>
/// One outlet's framing as the views show it (<c>sitrep outlets --format json</c>, <c>GET /outlets</c>,
/// the situation report): the summary's figures, shares rounded to 4 decimals, and its stance.
/// </summary>
public sealed record OutletFramingRow(
    string Outlet, string? Month, string Stance, int Articles, double FramedShare, int HeavilyFramed, int OneSided,
    IReadOnlyDictionary<string, int> PartiesQuoted, IReadOnlyDictionary<string, long> DeadBySide,
    IReadOnlyDictionary<string, int> DeathRegisters, double CountingAsymmetry)
{
    public static OutletFramingRow Of(OutletFramingSummary s) => new(
        s.Outlet, s.Month, s.Stance, s.Articles, Math.Round(s.FramedShare, 4), s.HeavilyFramed, s.OneSided,
        s.PartiesQuoted, s.DeadBySide, s.DeathRegisters, Math.Round(s.CountingAsymmetry, 4));
}
