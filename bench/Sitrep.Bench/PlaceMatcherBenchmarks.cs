using BenchmarkDotNet.Attributes;
using Sitrep.Geo;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Bench;

/// <summary>
/// Throughput of place finding on about 1 MB of conflict-report prose: the one-pass name
/// matcher alone, and the full annotator (matching plus context and disambiguation).
/// MB/s = <see cref="TextBytes"/> / mean time. Gazetteer loading is measured separately.
/// </summary>
[MemoryDiagnoser]
public class PlaceMatcherBenchmarks
{
    private static readonly string[] Paragraphs =
    [
        "On August 3, fighters stormed a checkpoint near Pul-i-Khumri in the province of Baghlan. Six soldiers died and the attackers withdrew towards the hills.",
        "In an ambush on a convoy in the Nad Ali district of Hilmand, seven policemen were killed, officials in Lashkar Gah said on Thursday.",
        "Two attacks hit the town of Qalai Naw in Badghes province and Sayedabad in Maidan Wardak, south of Kabul, leaving five army personnel dead.",
        "The delegation travelled to Doha and later to Tashkent, where Qatari and Uzbekistani officials promised to keep the talks going.",
        "Now the government says the situation is under control, but residents of Kunduz city report heavy fighting in the Dasht-e-Archi district.",
        "A Croatian soldier was wounded when a suicide bomber struck a foreign convoy on the road between Jalalabad and the Torkham crossing.",
        "The spokesman for the provincial governor said that the Taliban had lost dozens of fighters in clashes lasting several days and nights.",
        "The army reported clashes in Karukh district of Herat province and on the southern and western edges of Kandahar city.",
    ];

    private string _text = "";
    private IReadOnlyList<Sentence> _sentences = [];
    private PlaceAnnotator _annotator = null!;
    private PlaceMatcher _matcher = null!;

    public int TextBytes => System.Text.Encoding.UTF8.GetByteCount(_text);

    [GlobalSetup]
    public void Setup()
    {
        var data = DataPack.Default;
        var builder = new System.Text.StringBuilder();
        for (var i = 0; builder.Length < 1_000_000; i++) builder.Append(Paragraphs[i % Paragraphs.Length]).Append("\n\n");
        _text = builder.ToString();
        _sentences = SentenceSplitter.Load(data).Split(_text);
        _annotator = PlaceAnnotator.Load(data);
        _matcher = new PlaceMatcher(Gazetteer.Load(data), PlaceCues.Load(data));
        Console.WriteLine($"// text: {TextBytes} bytes");
    }

    [Benchmark]
    public int MatchNames() => _matcher.Find(_text, PlaceView.Of(_text)).Count;

    [Benchmark(Baseline = true)]
    public int AnnotatePlaces() => _annotator.Find(_text, _sentences).Count;

    [Benchmark]
    public int LoadGazetteer() => new Gazetteer(DataPack.Default.ReadLines(Gazetteer.PlacesFile),
        DataPack.Default.ReadLines(Gazetteer.StopListFile)).Places.Count;
}
