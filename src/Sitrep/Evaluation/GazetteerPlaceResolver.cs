using Sitrep.Geo;

namespace Sitrep.Evaluation;

/// <summary>
/// Compares places through the gazetteer: a gold name resolves to the ids of the provinces or
/// districts it may denote ("Hirat" and "Herat" both give AF-HER), an extracted place to the ids
/// of the units it lies in. A gold district name is narrowed to the gold province when one is given.
/// </summary>
public sealed class GazetteerPlaceResolver(Gazetteer gazetteer, Func<Gazetteer>? world = null) : IPlaceResolver
{
    // Names abroad ("Borno") are looked up in the world gazetteer, loaded on the first such name.
    private readonly Lazy<Gazetteer?> _world = new(() => world?.Invoke());

    private static readonly IReadOnlySet<string> None = new HashSet<string>();

    public IReadOnlySet<string> ResolveName(string name, AdminLevel level, string? admin1 = null)
    {
        var kind = level == AdminLevel.Province ? PlaceKind.Province : PlaceKind.District;
        var provinces = level == AdminLevel.District && admin1 is not null ? ResolveName(admin1, AdminLevel.Province) : None;
        var candidates = gazetteer.Resolve(name, kind);
        // abroad, or an Afghan namesake of a district of the gold's foreign province ("Logo")
        if ((candidates.Count == 0 || provinces.Count > 0 && !candidates.Any(p => p.Admin1Id is not null && provinces.Contains(p.Admin1Id)))
            && _world.Value is { } full && full.Resolve(name, kind) is { Count: > 0 } abroad)
            candidates = abroad;
        if (provinces.Count > 0)
        {
            var inProvince = candidates.Where(p => p.Admin1Id is not null && provinces.Contains(p.Admin1Id)).ToList();
            if (inProvince.Count > 0) candidates = inProvince;
        }
        return candidates.Count == 0 ? None : candidates.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlySet<string> KeysOf(Place place, AdminLevel level)
    {
        var id = level switch
        {
            AdminLevel.Province => place.Kind == PlaceKind.Province ? place.Id : place.Admin1Id,
            AdminLevel.District => place.Kind == PlaceKind.District ? place.Id : place.Admin2Id,
            _ => null,
        };
        return id is null ? None : new HashSet<string>(StringComparer.Ordinal) { id };
    }
}
