namespace Sitrep.Geo;

/// <summary>
/// One instance per distinct string while a gazetteer loads: the world file repeats its country
/// codes, sources and admin names on every row, and many places share a spelling, so keeping one
/// copy of each takes tens of megabytes off the loaded gazetteer. Dropped once loading ends.
/// </summary>
internal sealed class StringPool
{
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);

    public string Share(string value)
    {
        if (value.Length == 0) return "";
        if (_strings.TryGetValue(value, out var shared)) return shared;
        _strings.Add(value);
        return value;
    }

    public string? ShareOrNull(string? value) => value is null ? null : Share(value);
}
