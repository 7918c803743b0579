using Sitrep.Evaluation;

namespace Sitrep.Ledger;

/// <summary>
/// How strongly two mentions look like reports of one event. Null: they cannot be one event
/// (one article tells both, different type families (<see cref="LedgerMention.Family"/>), date windows apart, different provinces or
/// districts, towns far apart). Otherwise a score; <see cref="Threshold"/> or more links them.
/// Points: same day +2 (day-precise reports a day apart −2, unless one is a follow-up), same town
/// +2, same district +1.5, same province only +0.5, a shared actor +1 (two fully named, disjoint
/// pairs −1), the same killed figure +1.5 (independent figures far apart −1), the same target
/// word +1, shared specific words +0.75 each (up to 3); a different type within the family −2, else
/// the same sub-event type +0.5 (different −0.5).
/// </summary>
public sealed class PairScorer
{
    public double Threshold { get; init; } = 3.0;

    /// <summary>Towns (geo precision 1) farther apart than this are different places.</summary>
    public double MaxTownDistanceKm { get; init; } = 20;

    public bool Links(LedgerMention a, LedgerMention b) => Score(a, b) >= Threshold;

    public double? Score(LedgerMention a, LedgerMention b)
    {
        // cheapest refusals first: this runs for every pair in a bucket
        if (a.ArticleId == b.ArticleId || a.Family != b.Family || !SameBucket(a, b)) return null;
        if (Differ(a.Admin2, b.Admin2) || Differ(a.Admin1, b.Admin1) || Differ(a.Country, b.Country)) return null;
        if (DateWindow.Of(a) is not { } wa || DateWindow.Of(b) is not { } wb || !wa.Overlaps(wb)) return null;
        var townsKnown = a.GeoPrecision == 1 && b.GeoPrecision == 1;
        if (townsKnown && a.PlaceId != b.PlaceId && a is { Latitude: { } la, Longitude: { } loa } && b is { Latitude: { } lb, Longitude: { } lob }
            && GeoDistance.Kilometres(la, loa, lb, lob) > MaxTownDistanceKm)
            return null;

        var score = DateScore(a, b);
        if (townsKnown && a.PlaceId == b.PlaceId) score += 2;
        else if (a.Admin2 is not null && a.Admin2 == b.Admin2) score += 1.5;
        else if (a.Admin1 is not null && a.Admin1 == b.Admin1) score += 0.5;
        score += ActorScore(a, b) + FigureScore(a, b) + TargetScore(a, b) + 0.75 * Math.Min(3, Shared(a.Words, b.Words));
        if (a.TypeKey != b.TypeKey) score -= 2;
        else if (a.SubEventType is not null && b.SubEventType is not null)
            score += a.SubEventType == b.SubEventType ? 0.5 : -0.5;
        return score;
    }

    /// <summary>Same anchor month (the family is checked first): see <see cref="LedgerMention.Bucket"/>.</summary>
    private static bool SameBucket(LedgerMention a, LedgerMention b) => DateWindow.AnchorMonth(a) == DateWindow.AnchorMonth(b);

    private static bool Differ(string? x, string? y) => x is not null && y is not null && !ReferenceEquals(x, y) && !string.Equals(x, y, StringComparison.OrdinalIgnoreCase);

    private static double DateScore(LedgerMention a, LedgerMention b)
    {
        if (a.DatePrecision == 1 && b.DatePrecision == 1)
        {
            if (a.DateStart == b.DateStart) return 2;
            // the same place a day apart is usually two events; a follow-up is dated by its own report
            return a.FollowUp || b.FollowUp ? 0.5 : -2;
        }
        return a.DatePrecision == 1 || b.DatePrecision == 1 ? 0.5 : 0;
    }

    private static double ActorScore(LedgerMention a, LedgerMention b)
    {
        string?[] x = [a.Actor1Id, a.Actor2Id], y = [b.Actor1Id, b.Actor2Id];
        if (x.Any(id => id is not null && y.Contains(id))) return 1;
        return x.All(id => id is not null) && y.All(id => id is not null) ? -1 : 0;
    }

    private static double FigureScore(LedgerMention a, LedgerMention b)
    {
        if (a.Fatalities is not { } fa || b.Fatalities is not { } fb) return 0;
        if (fa == fb) return fa > 0 ? 1.5 : 0.5;
        // independent voices far apart are two tolls; a party's figure may differ from anyone's
        var independent = a.Claims.All(c => c.Party is null) && b.Claims.All(c => c.Party is null) && !a.FollowUp && !b.FollowUp;
        return independent && Math.Max(fa, fb) > 2 * Math.Min(fa, fb) + 2 ? -1 : 0;
    }

    private static double TargetScore(LedgerMention a, LedgerMention b) =>
        Head(a.Target) is { } ha && ha == Head(b.Target) ? 1 : 0;

    private static string? Head(string? phrase) =>
        phrase?.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.ToLowerInvariant().TrimEnd('s');

    private static int Shared(IReadOnlyList<string> x, IReadOnlyList<string> y)
    {
        // both sorted ordinally
        int i = 0, j = 0, shared = 0;
        while (i < x.Count && j < y.Count)
        {
            var c = string.CompareOrdinal(x[i], y[j]);
            if (c == 0) { shared++; i++; j++; }
            else if (c < 0) i++;
            else j++;
        }
        return shared;
    }
}
