using System.Globalization;
using Sitrep.Ledger;

namespace Sitrep.Cluster;

/// <summary>
/// The bucket a mention is fused in: type family × region (province, else the country bucket)
/// × ISO week of its anchor date (the event's first day, else the report's publication date).
/// A mention links only within its bucket, so buckets are independent units of work.
/// </summary>
public static class LedgerBucket
{
    public static string Of(LedgerMention m)
    {
        var anchor = m.DateStart ?? m.Published;
        var week = anchor is { } d
            ? $"{ISOWeek.GetYear(d.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(d.ToDateTime(TimeOnly.MinValue)):00}"
            : "undated";
        return $"{m.Family}|{m.Region}|{week}";
    }
}
