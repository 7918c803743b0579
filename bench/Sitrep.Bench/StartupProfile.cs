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
/// land here), so the start-up cost of `sitrep extract` can be traced to a component.
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
        var document = new Document(Article.Create(Sentence, "startup", published: new DateOnly(2020, 1, 1)));
        foreach (var annotator in annotators)
            Time("first run " + annotator.Name, () => { annotator.Annotate(document); return annotator; });
        Console.WriteLine($"{"total",-24} {total.Elapsed.TotalMilliseconds,7:F0} ms");
        return 0;
    }

    private static T Time<T>(string what, Func<T> step)
    {
        var clock = Stopwatch.StartNew();
        var result = step();
        Console.WriteLine($"{what,-24} {clock.Elapsed.TotalMilliseconds,7:F0} ms");
        return result;
    }
}
