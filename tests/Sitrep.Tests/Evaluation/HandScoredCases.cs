using Sitrep.Evaluation;
using Sitrep.Events;
using Sitrep.Pipeline;
using static Sitrep.Tests.Evaluation.TestEvents;

namespace Sitrep.Tests.Evaluation;

/// <summary>
/// The cases of fixtures/small_gold.jsonl, the events a fake extractor "predicts" for each, and
/// the scores worked out by hand (with <see cref="FakePlaceResolver"/> and
/// <see cref="FakeActorResolver"/>). C=correct, W=wrong, U=unresolved, -=not scored:
///
///   metric               A  B  C  D  F   scored correct unresolved
///   event_found          C  C  C  W  W      5      3       0
///   date_exact           C  W  W  W  W      5      1       0      (B: 06-11 vs 06-10; C: 01-30 vs 02-01)
///   date_within_1d       C  C  W  W  W      5      2       0
///   event_type           C  C  C  W  W      5      3       0
///   sub_event_type       C  W  C  -  -      3      2       0      (B: Suicide bomb vs IED)
///   admin1               C  C  U  W  -      3      2       1      (B: Herat = Hirat; C: Nimroz unknown)
///   admin2               C  -  U  -  -      1      1       1
///   location_25km        C  C  -  W  -      3      2       0
///   fatalities_exact     C  W  C  W  W      5      2       0      (B: 5 vs 3; C: no figure = 0)
///   fatalities_in_range  C  C  C  W  -      4      3       0      (B: 5 in [2, 5])
///   injuries_exact       C  -  W  -  -      2      1       0      (C: no figure = 0 vs 1)
///   actor1               C  -  C  -  -      2      2       0      (C: Taleban = Taliban)
///   actor2               C  C  U  -  -      2      2       1
///
/// E has no gold event (nothing scored); F's only event is hypothetical, so none is found.
/// </summary>
internal static class HandScoredCases
{
    public static readonly string Path = RepoPaths.Fixture("small_gold.jsonl");

    public static GoldSet Read() => GoldFileReader.Read(Path);

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<EventMention>> EventsById =
        new Dictionary<string, IReadOnlyList<EventMention>>
        {
            ["A"] = [Event("Battles", "Armed clash", "2020-05-03", PashtunKot, killed: 4, injured: 2, agent: "Taliban fighters", target: "policemen")],
            ["B"] = [Event("Explosions/Remote violence", "Suicide bomb", "2020-06-11", Herat, killed: 5, injured: 7, target: "civilians")],
            ["C"] = [Event("Violence against civilians", "Attack", "2021-01-30", Kandahar, agent: "Taliban")],
            ["D"] = [],
            ["E"] = [Event("Battles", "Armed clash", "2020-03-01")],
            ["F"] = [Event("Battles", "Armed clash", "2020-07-01", killed: 2, modality: Modality.Hypothetical)],
        };

    /// <summary>(scored, correct, unresolved) per metric, from the table above.</summary>
    public static readonly IReadOnlyDictionary<string, (int Scored, int Correct, int Unresolved)> Expected =
        new Dictionary<string, (int, int, int)>
        {
            [MetricNames.EventFound] = (5, 3, 0),
            [MetricNames.DateExact] = (5, 1, 0),
            [MetricNames.DateWithin1Day] = (5, 2, 0),
            [MetricNames.EventType] = (5, 3, 0),
            [MetricNames.SubEventType] = (3, 2, 0),
            [MetricNames.Admin1] = (3, 2, 1),
            [MetricNames.Admin2] = (1, 1, 1),
            [MetricNames.Location25Km] = (3, 2, 0),
            [MetricNames.FatalitiesExact] = (5, 2, 0),
            [MetricNames.FatalitiesInRange] = (4, 3, 0),
            [MetricNames.InjuriesExact] = (2, 1, 0),
            [MetricNames.Actor1] = (2, 2, 0),
            [MetricNames.Actor2] = (2, 2, 1),
        };

    /// <summary>The fake extractor: the scripted events of each fixture text.</summary>
    public static ScriptedAnnotator Annotator(GoldSet set) =>
        new(set.Cases.ToDictionary(c => c.Text, c => EventsById[c.Id]));

    public static Evaluator Evaluator(GoldSet set, ScriptedAnnotator? annotator = null, int parallelism = 2) =>
        new(new PipelineBuilder().Use(annotator ?? Annotator(set)).Build(), new FakePlaceResolver(), new FakeActorResolver())
        {
            MaxDegreeOfParallelism = parallelism,
        };
}
