using Sitrep.Geo;

namespace Sitrep.Evaluation;

/// <summary>
/// The stand-in place resolver: any name resolves to its <see cref="NameKey.ForPlace"/> key, so
/// only spelling variants that differ in case, hyphens, apostrophes, spaces or connectives match.
/// The gazetteer-backed resolver replaces it to match aliases such as "Hirat" = "Herat".
/// </summary>
public sealed class NormalizedPlaceResolver : IPlaceResolver
{
    public static NormalizedPlaceResolver Instance { get; } = new();

    public IReadOnlySet<string> ResolveName(string name, AdminLevel level, string? admin1 = null) => KeySet(name);

    public IReadOnlySet<string> KeysOf(Place place, AdminLevel level)
    {
        var name = level switch
        {
            AdminLevel.Province => place.Admin1 ?? (place.Kind == PlaceKind.Province ? place.Name : null),
            AdminLevel.District => place.Admin2 ?? (place.Kind == PlaceKind.District ? place.Name : null),
            _ => null,
        };
        return name is null ? Empty : KeySet(name);
    }

    private static readonly IReadOnlySet<string> Empty = new HashSet<string>();

    private static IReadOnlySet<string> KeySet(string name) =>
        NameKey.ForPlace(name) is { Length: > 0 } key ? new HashSet<string> { key } : Empty;
}
