using System.Diagnostics;
using Sitrep.Actors;
using Sitrep.Claims;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Framing;
using Sitrep.Geo;
using Sitrep.Numbers;
using Sitrep.Pipeline;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Bench;

/// <summary>
/// Where a cold start goes: loads each standard annotator in turn in a fresh process and times
/// its load and its first run over one sentence (data parsing, pattern construction and JIT all
/// land here), so the start-up cost of `sitrep extract` can be traced to a component. Each row also
/// gives the live managed memory the step added (after a full collection): what a capped heap must hold.
/// </summary>
public static class StartupProfile
{
    private const string Sentence = "The Taliban attacked a checkpoint in Kandahar on Monday, killing three police officers.";

    public static int Run()
    {
        var total = Stopwatch.StartNew();
        var data = Time("data pack", () => DataPack.Default);
        var loaders = new (string Name, Func<IAnnotator> Load)[]
        {
            ("sentences", () => SentenceSplitter.Load(data)),
            ("framing", () => FramingAnnotator.Load(data)),
            ("time", () => TimeAnnotator.Load(data)),
            ("quantities", () => QuantityAnnotator.Load(data)),
            ("places", () => PlaceAnnotator.Load(data)),
            ("actors", () => ActorAnnotator.Load(data)),
            ("quotes", () => QuoteAnnotator.Load(data)),
            ("casualties", () => CasualtyAnnotator.Load(data)),
            ("events", () => EventExtractor.Load(data)),
        };
        var annotators = loaders.Select(l => Time("load " + l.Name, l.Load)).ToList();
        Time("load world gazetteer", () => Gazetteer.LoadWorld(data));
        var document = new Document(Article.Create(Sentence, "startup", published: new DateOnly(2020, 1, 1)));
        foreach (var annotator in annotators)
            Time("first run " + annotator.Name, () => { annotator.Annotate(document); return annotator; });
        Console.WriteLine($"{"total",-24} {total.Elapsed.TotalMilliseconds,7:F0} ms {GC.GetTotalMemory(forceFullCollection: true) / 1048576.0,8:F1} MB live");
        return 0;
    }

    private static T Time<T>(string what, Func<T> step)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var result = step();
        var elapsed = clock.Elapsed;
        var added = GC.GetTotalMemory(forceFullCollection: true) - before;
        Console.WriteLine($"{what,-24} {elapsed.TotalMilliseconds,7:F0} ms {added / 1048576.0,8:F1} MB live");
        return result;
    }
}
