using System.Text.Json.Serialization;

namespace Sitrep.Server.Endpoints;

/// <summary>One page of a list: the items, where they sit in the whole, and how to ask for the next.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, long Total)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)] // null says "last page", so it is written
    public int? NextPage => (long)PageNumber * PageSize < Total ? PageNumber + 1 : null;
}
