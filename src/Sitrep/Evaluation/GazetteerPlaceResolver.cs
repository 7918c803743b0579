using Sitrep.Geo;

namespace Sitrep.Evaluation;

/// <summary>
/// Compares places through the gazetteer: a gold name resolves to the ids of the provinces or
/// districts it may denote ("Hirat" and "Herat" both give AF-HER), an extracted place to the ids
/// of the units it lies in. A gold district name is narrowed to the gold province when one is given.
/// </summary>
public sealed class GazetteerPlaceResolver(Gazetteer gazetteer) : IPlaceResolver
{
    private static readonly IReadOnlySet<string> None = new HashSet<string>();

    public IReadOnlySet<string> ResolveName(string name, AdminLevel level, string? admin1 = null)
    {
        var kind = level == AdminLevel.Province ? PlaceKind.Province : PlaceKind.District;
        var candidates = gazetteer.Resolve(name, kind);
        if (level == AdminLevel.District && admin1 is not null)
        {
            var provinces = ResolveName(admin1, AdminLevel.Province);
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
