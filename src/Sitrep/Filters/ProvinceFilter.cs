using Sitrep.Evaluation;
using Sitrep.Geo;

namespace Sitrep.Filters;

/// <summary>
/// <c>--province</c> through the gazetteer, as <c>eval</c> compares places: "Hirat", "Herat" and
/// "AF-HER" name one province, and a stored event matches when its admin1 is that province
/// however it is spelled.
/// </summary>
public sealed class ProvinceFilter
{
    private readonly GazetteerPlaceResolver _resolver;
    private readonly IReadOnlySet<string> _wanted;
    private readonly Dictionary<string, bool> _seen = new(StringComparer.Ordinal);

    private ProvinceFilter(GazetteerPlaceResolver resolver, IReadOnlySet<string> wanted) => (_resolver, _wanted) = (resolver, wanted);

    /// <exception cref="UnknownNameException">The gazetteer knows no province of that name.</exception>
    public static ProvinceFilter For(string name, Gazetteer gazetteer)
    {
        var resolver = new GazetteerPlaceResolver(gazetteer);
        var wanted = resolver.ResolveName(name, AdminLevel.Province);
        if (wanted.Count > 0) return new ProvinceFilter(resolver, wanted);
        var provinces = gazetteer.Places.Where(p => p.Kind == PlaceKind.Province).Select(p => p.Name);
        throw new UnknownNameException(
            $"--province: the gazetteer knows no province \"{name}\"; closest: {string.Join(", ", ClosestNames.To(name, provinces))}");
    }

    public bool Matches(string? admin1)
    {
        if (admin1 is null) return false;
        if (!_seen.TryGetValue(admin1, out var matches))
            _seen[admin1] = matches = _resolver.ResolveName(admin1, AdminLevel.Province).Overlaps(_wanted);
        return matches;
    }
}
