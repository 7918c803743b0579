using System.Diagnostics;
using Sitrep.Documents;
using Sitrep.Geo;
using Sitrep.Ingest;
using Sitrep.Ledger;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Evaluation;

/// <summary>
/// <c>sitrep eval --gold reports.jsonl --clusters events.jsonl</c> (EVAL_FORMAT.md "Fusion gold"):
/// ingests the reports, as a user would, into a fresh store, fuses them into the ledger, then
/// places each (report, gold event) pair in the fused event holding the report's best-matching
/// mention and scores the placement (B-cubed) and the fused values.
/// </summary>
public sealed class FusionEvaluator(SitrepPipeline pipeline, DataPack data, IPlaceResolver places, Gazetteer gazetteer)
{
    private readonly BestMatchSelector _selector = new(places);
    private readonly PlaceComparison _places = new(places);

    public LedgerBuilder? Builder { get; init; }

    public static FusionEvaluator CreateDefault(DataPack? data = null)
    {
        data ??= DataPack.Default;
        var gazetteer = Gazetteer.Load(data);
        return new(PipelineBuilder.Default(data), data, new GazetteerPlaceResolver(gazetteer), gazetteer);
    }

    public FusionEvalReport Evaluate(FusionGold gold)
    {
        var clock = Stopwatch.StartNew();
        var folder = Directory.CreateTempSubdirectory("sitrep-fusion-eval-");
        try
        {
            var path = Path.Combine(folder.FullName, "fusion.db");
            using var store = SqliteStore.Open(path);
            using var ledger = LedgerStore.Open(path, data, builder: Builder);
            var summary = new Ingestor(pipeline, SourceReader.Default(), store) { Ledger = ledger }.Run([gold.ReportsPath]);
            var report = Score(gold, ledger, summary);
            return report with { Elapsed = clock.Elapsed };
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { folder.Delete(recursive: true); } catch (IOException) { } // a temp folder left behind is harmless
        }
    }

    private FusionEvalReport Score(FusionGold gold, LedgerStore ledger, IngestSummary summary)
    {
        var articleOfLine = new Dictionary<int, string>();
        foreach (var (id, source) in ledger.ArticleSources())
            if (source.LastIndexOf(':') is var colon and > 0 && int.TryParse(source[(colon + 1)..], out var line))
                articleOfLine[line] = id;
        var goldById = gold.Events.ToDictionary(e => e.Id, StringComparer.Ordinal);

        // each (report, gold event) pair, placed in the fused event holding the report's matching mention
        var pairs = new List<FusionPair>();
        foreach (var r in gold.Reports)
        {
            var articleId = articleOfLine.GetValueOrDefault(r.Line) ?? ArticleId.For(r.Text, null);
            var mentions = ledger.CountedMentions(articleId);
            foreach (var e in r.Events.Where(goldById.ContainsKey))
            {
                var chosen = _selector.Select(goldById[e].Gold, mentions);
                pairs.Add(new FusionPair(r.Id, articleId, e, chosen?.Id, chosen is null ? null : ledger.EventOfMention(chosen.Id)));
            }
        }

        var fusedOf = new Dictionary<string, LedgerEvent?>(StringComparer.Ordinal);
        var results = new List<FusionEventResult>();
        foreach (var g in gold.Events)
        {
            var mine = pairs.Where(p => p.GoldEventId == g.Id).ToList();
            var placed = mine.Where(p => p.FusedEventId is not null)
                .GroupBy(p => p.FusedEventId!).OrderByDescending(x => x.Count()).ThenBy(x => x.Key, StringComparer.Ordinal).FirstOrDefault();
            var fused = placed is null ? null : ledger.Event(placed.Key)?.Event;
            fusedOf[g.Id] = fused;
            results.Add(ScoreEvent(g, fused, mine, ledger));
        }

        var allFused = ledger.Events(new LedgerQuery { Limit = int.MaxValue });
        var holding = pairs.Where(p => p.FusedEventId is not null).Select(p => p.FusedEventId!).ToHashSet(StringComparer.Ordinal);
        var extra = allFused.Where(e => !holding.Contains(e.Id)).ToList();
        var (precision, recall) = BCubed(pairs);
        return new FusionEvalReport
        {
            ReportsPath = gold.ReportsPath,
            EventsPath = gold.EventsPath,
            Reports = gold.Reports.Count,
            GoldEvents = gold.Events.Count,
            Pairs = pairs.Count,
            FusedEvents = allFused.Count,
            ExtraFusedEvents = extra.Select(e => e.Id).ToList(),
            BCubedPrecision = precision,
            BCubedRecall = recall,
            Events = results,
            PairsPlaced = pairs,
            Errors = [.. gold.Errors, .. summary.Errors.Select(e => new GoldReadError(e.Location, e.Reason))],
        };
    }

    /// <summary>B-cubed (Bagga and Baldwin 1998) over the pairs: an unplaced pair is alone in its predicted cluster.</summary>
    internal static (double Precision, double Recall) BCubed(IReadOnlyList<FusionPair> pairs)
    {
        if (pairs.Count == 0) return (0, 0);
        string Predicted(FusionPair p) => p.FusedEventId ?? $"\u0000{p.ReportId}\u0000{p.GoldEventId}";
        var byPredicted = pairs.GroupBy(Predicted).ToDictionary(g => g.Key, g => g.ToList());
        var byGold = pairs.GroupBy(p => p.GoldEventId).ToDictionary(g => g.Key, g => g.Count());
        double precision = 0, recall = 0;
        foreach (var p in pairs)
        {
            var cluster = byPredicted[Predicted(p)];
            var both = cluster.Count(q => q.GoldEventId == p.GoldEventId);
            precision += (double)both / cluster.Count;
            recall += (double)both / byGold[p.GoldEventId];
        }
        return (precision / pairs.Count, recall / pairs.Count);
    }

    private FusionEventResult ScoreEvent(FusionGoldEvent g, LedgerEvent? fused, IReadOnlyList<FusionPair> mine, LedgerStore ledger)
    {
        var gold = g.Gold;
        var date = fused?.Date?.Value;
        var place = fused?.Place?.Value is { PlaceId: { } pid } ? gazetteer.ById(pid) : null;
        var best = fused is null ? (long?)null : fused.Fatalities?.Best ?? 0;
        bool? admin2 = gold.Admin2 is null ? null : _places.SameUnit(gold, place, AdminLevel.District);
        // kept: the fused event the pair was placed in lists the report among its sources (a pair with no mention is not kept)
        var sourcesKept = mine.Count(p => p.FusedEventId is { } f && ledger.Event(f)?.Event.Sources.Any(s => s.ArticleId == p.ArticleId) == true);
        return new FusionEventResult
        {
            GoldEventId = g.Id,
            FusedEventId = fused?.Id,
            Pairs = mine.Count,
            SourcesKept = sourcesKept,
            DateExact = gold.DateStart is { } ds ? date?.Start == ds : null,
            Admin2 = admin2 is null && gold.Admin2 is not null ? null : admin2,
            Admin2Unresolved = gold.Admin2 is not null && admin2 is null,
            EventType = gold.EventType is { } t ? BestMatchSelector.SameText(t, fused?.EventType.Value) : null,
            FatalitiesInRange = gold is { FatalitiesLow: { } lo, FatalitiesHigh: { } hi } ? best is { } b && lo <= b && b <= hi : null,
            FatalitiesBestExact = gold.FatalitiesBest is { } gb ? best == gb : null,
            Disputed = g.Disputed is { } gd ? fused is not null && (fused.Fatalities?.Disputed ?? false) == gd : null,
            Predicted = fused is null ? null
                : $"{date?.Start:yyyy-MM-dd} {fused.EventType.Value} {fused.Place?.Value.Admin1}/{fused.Place?.Value.Admin2} killed {best} ({fused.Fatalities?.Low}-{fused.Fatalities?.High}{(fused.Fatalities?.Disputed == true ? ", disputed" : "")}) {fused.Sources.Count} report(s)",
            Expected = $"{gold.DateStart:yyyy-MM-dd} {gold.EventType} {gold.Admin1}/{gold.Admin2} killed {gold.FatalitiesBest} ({gold.FatalitiesLow}-{gold.FatalitiesHigh}{(g.Disputed == true ? ", disputed" : "")})",
        };
    }
}

/// <summary>One (report, gold event) pair: the mention matched in the report and the fused event holding it (null when none).</summary>
public sealed record FusionPair(string ReportId, string ArticleId, string GoldEventId, string? MentionId, string? FusedEventId);
