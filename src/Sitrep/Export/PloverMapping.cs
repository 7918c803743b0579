using Sitrep.Pipeline;

namespace Sitrep.Export;

/// <summary>ACLED type and sub-event type → PLOVER type, mode and context, from <c>data/export/plover.tsv</c> (first matching line wins).</summary>
public sealed class PloverMapping(IReadOnlyList<PloverMapping.Rule> rules)
{
    public sealed record Rule(string EventType, string SubEventType, string Plover, string? Mode, string? Context);

    public static PloverMapping Load(DataPack data) => data.Get(d => Parse(d.ReadLines("export/plover.tsv")));

    public static PloverMapping Parse(IEnumerable<string> lines) => new([.. lines.Select(l => l.Split('\t')).Where(f => f.Length >= 3)
        .Select(f => new Rule(f[0].Trim(), f[1].Trim(), f[2].Trim(), Empty(f, 3), Empty(f, 4)))]);

    public Rule? Find(string eventType, string? subEventType) => rules.FirstOrDefault(r =>
        string.Equals(r.EventType, eventType, StringComparison.OrdinalIgnoreCase)
        && (r.SubEventType == "*" || string.Equals(r.SubEventType, subEventType, StringComparison.OrdinalIgnoreCase)));

    private static string? Empty(string[] fields, int i) => i < fields.Length && fields[i].Trim().Length > 0 ? fields[i].Trim() : null;
}
