using Sitrep.Evaluation;
using Sitrep.Events;
using Sitrep.Geo;

namespace Sitrep.Tests.Evaluation;

/// <summary>A tiny gazetteer: province and district aliases to ids; any other name is unknown.</summary>
internal sealed class FakePlaceResolver : IPlaceResolver
{
    private static readonly Dictionary<string, string> Provinces = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Herat"] = "AF-HER",
        ["Hirat"] = "AF-HER",
        ["Faryab"] = "AF-FYB",
        ["Kandahar"] = "AF-KAN",
        ["Sar-e Pul"] = "AF-SAR",
        ["Sari Pul"] = "AF-SAR",
        ["Sar-e-Pul"] = "AF-SAR",
    };

    private static readonly Dictionary<string, string> Districts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Pashtun Kot"] = "AF2902",
        ["Pashtoon Kot"] = "AF2902",
    };

    public IReadOnlySet<string> ResolveName(string name, AdminLevel level, string? admin1 = null) =>
        (level == AdminLevel.Province ? Provinces : Districts).TryGetValue(name, out var id)
            ? new HashSet<string> { id }
            : new HashSet<string>();

    public IReadOnlySet<string> KeysOf(Place place, AdminLevel level) =>
        (level == AdminLevel.Province ? place.Admin1 : place.Admin2) is { } name
            ? ResolveName(name, level)
            : new HashSet<string>();
}

/// <summary>A tiny actor dictionary with aliases; any other name is unknown.</summary>
internal sealed class FakeActorResolver : IActorResolver
{
    private static readonly Dictionary<string, string> Ids = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Taliban"] = "taliban",
        ["Taleban"] = "taliban",
        ["Taliban fighters"] = "taliban",
        ["Police Forces of Afghanistan (2014-2021)"] = "afg_police",
        ["police"] = "afg_police",
        ["policemen"] = "afg_police",
        ["Civilians (Afghanistan)"] = "afg_civilians",
        ["civilians"] = "afg_civilians",
    };

    public string? ResolveName(string name) => Ids.GetValueOrDefault(name);

    public string? KeyOf(EventArgument argument) => argument.ActorId ?? ResolveName(argument.ActorName ?? argument.Text);
}
