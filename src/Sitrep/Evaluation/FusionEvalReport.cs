namespace Sitrep.Evaluation;

/// <summary>The scores of a fusion gold set (EVAL_FORMAT.md "Fusion gold"), with the per-event results behind them.</summary>
public sealed record FusionEvalReport
{
    public required string ReportsPath { get; init; }
    public required string EventsPath { get; init; }
    public int Reports { get; init; }
    public int GoldEvents { get; init; }
    public int Pairs { get; init; }
    public int FusedEvents { get; init; }
    public TimeSpan Elapsed { get; init; }
    public double BCubedPrecision { get; init; }
    public double BCubedRecall { get; init; }
    public double BCubedF1 => BCubedPrecision + BCubedRecall == 0 ? 0 : 2 * BCubedPrecision * BCubedRecall / (BCubedPrecision + BCubedRecall);
    /// <summary>Fused events holding none of the gold pairs.</summary>
    public IReadOnlyList<string> ExtraFusedEvents { get; init; } = [];
    public IReadOnlyList<FusionEventResult> Events { get; init; } = [];
    public IReadOnlyList<FusionPair> PairsPlaced { get; init; } = [];
    public IReadOnlyList<GoldReadError> Errors { get; init; } = [];

    /// <summary>The metrics in the order EVAL_FORMAT.md lists them: (name, scored, correct, value).</summary>
    public IReadOnlyList<FusionMetric> Metrics =>
    [
        new("bcubed_precision", Pairs, null, Round(BCubedPrecision)),
        new("bcubed_recall", Pairs, null, Round(BCubedRecall)),
        new("bcubed_f1", Pairs, null, Round(BCubedF1)),
        Share("events_found", Events.Select(e => (bool?)(e.FusedEventId is not null))),
        new("extra_fused_events", GoldEvents, ExtraFusedEvents.Count, GoldEvents == 0 ? null : Round((double)ExtraFusedEvents.Count / GoldEvents)),
        Share("fused_date_exact", Events.Select(e => e.DateExact)),
        Share("fused_admin2", Events.Select(e => e.Admin2)),
        Share("fused_event_type", Events.Select(e => e.EventType)),
        Share("fused_fatalities_in_range", Events.Select(e => e.FatalitiesInRange)),
        Share("fused_fatalities_best_exact", Events.Select(e => e.FatalitiesBestExact)),
        Share("disputed_flag", Events.Select(e => e.Disputed)),
        new("sources_kept", Pairs, Events.Sum(e => e.SourcesKept), Pairs == 0 ? null : Round((double)Events.Sum(e => e.SourcesKept) / Pairs)),
    ];

    public FusionMetric this[string name] => Metrics.First(m => m.Name == name);

    private static FusionMetric Share(string name, IEnumerable<bool?> outcomes)
    {
        var scored = outcomes.Where(o => o is not null).Select(o => o!.Value).ToList();
        return new(name, scored.Count, scored.Count(o => o), scored.Count == 0 ? null : Round((double)scored.Count(o => o) / scored.Count));
    }

    private static double Round(double value) => Math.Round(value, 4);
}

/// <summary>One fusion metric: on how many items it was scored, how many were right (null for B-cubed), its value.</summary>
public sealed record FusionMetric(string Name, int Scored, int? Correct, double? Value);
