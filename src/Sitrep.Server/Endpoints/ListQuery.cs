using System.Globalization;
using Sitrep.Actors;
using Sitrep.Evaluation;
using Sitrep.Filters;
using Sitrep.Geo;
using Sitrep.Pipeline;

namespace Sitrep.Server.Endpoints;

/// <summary>
/// The filters and paging of a list endpoint, read from the query string with the CLI's meanings:
/// type, province and actor in any spelling the data pack knows, unambiguous dates, a minimum
/// number of independent sources, and pages of at most <see cref="ServerSettings.MaxPageSize"/>.
/// </summary>
public sealed record ListQuery
{
    public string? Type { get; init; }
    public ProvinceFilter? Province { get; init; }
    public ActorFilter? Actor { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public int MinSources { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 100;

    private static readonly string[] Known = ["type", "province", "actor", "from", "to", "min_sources", "page", "page_size", "format"];

    /// <summary>The query, or the problem with it (unknown parameter, bad date or number, unknown name).</summary>
    /// <param name="extra">Parameters the endpoint reads itself, on top of the filters and paging.</param>
    public static (ListQuery? Query, string? Problem) Read(IQueryCollection query, DataPack data, params string[] extra)
    {
        string[] known = [.. Known, .. extra];
        if (query.Keys.FirstOrDefault(k => !known.Contains(k, StringComparer.Ordinal)) is { } unknown)
            return (null, $"unknown query parameter \"{unknown}\"; known: {string.Join(", ", known)}");
        try
        {
            var q = new ListQuery
            {
                Type = Text(query, "type"),
                Province = Text(query, "province") is { } p ? ProvinceFilter.For(p, Gazetteer.Load(data)) : null,
                Actor = Text(query, "actor") is { } a ? ActorFilter.For(a, ActorDictionary.Load(data)) : null,
                From = Date(query, "from"),
                To = Date(query, "to"),
                MinSources = Number(query, "min_sources", 0, 0, int.MaxValue),
                Page = Number(query, "page", 1, 1, int.MaxValue),
                PageSize = Number(query, "page_size", 100, 1, ServerSettings.MaxPageSize),
            };
            if (q.From > q.To) return (null, $"from ({q.From:yyyy-MM-dd}) is after to ({q.To:yyyy-MM-dd})");
            return (q, null);
        }
        catch (Exception e) when (e is FormatException or UnknownNameException)
        {
            return (null, e.Message.StartsWith("--", StringComparison.Ordinal) ? e.Message[2..] : e.Message);
        }
    }

    /// <summary>How many items come before this page.</summary>
    public long Offset => (long)(Page - 1) * PageSize;

    /// <summary>The filters as an analysis slice, names resolved to the spellings the ledger stores (dates left to the caller).</summary>
    public Analysis.LedgerSlice Slice(Analysis.LedgerFacts facts) => Analysis.LedgerSlice.Resolve(facts, Province, Actor, Type, MinSources);

    private static string? Text(IQueryCollection query, string name) =>
        query[name].ToString() is { Length: > 0 } value ? value.Trim() : null;

    private static DateOnly? Date(IQueryCollection query, string name)
    {
        if (Text(query, name) is not { } text) return null;
        return UnambiguousDate.TryParse(text, out var date) ? date : throw new FormatException($"{name}: {UnambiguousDate.Problem(text)}");
    }

    private static int Number(IQueryCollection query, string name, int fallback, int min, int max)
    {
        if (Text(query, name) is not { } text) return fallback;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            throw new FormatException($"{name}: \"{text}\" is not a whole number from {min} to {max}");
        return value;
    }
}
