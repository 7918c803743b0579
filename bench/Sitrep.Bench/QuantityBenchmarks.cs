using BenchmarkDotNet.Attributes;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Numbers;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Bench;

/// <summary>
/// Throughput of the numbers and casualty annotators over a synthetic article of
/// <see cref="SentenceCount"/> sentences written for this benchmark (news style, about one
/// sentence in two with a figure). Sentences/s = SentenceCount / mean; MB/s = <see cref="Bytes"/> / mean.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class QuantityBenchmarks
{
    private static readonly string[] Sentences =
    [
        "At least eight policemen were killed and many others injured when militants stormed a checkpoint in Ghazni on Sunday.",
        "The provincial governor's spokesman said the attackers fled before reinforcements arrived.",
        "A suicide bomber struck a wedding hall in Kabul, killing 63 people and wounding nearly 200, officials said.",
        "The Taliban claimed responsibility for the attack in a statement posted online.",
        "Taliban fighters killed 11 members of the Afghan National Police and 19 special forces in Takhar overnight.",
        "The ministry said 5 soldiers were killed; the Taliban claimed 40.",
        "A Croatian soldier was killed and two others were seriously injured in a bombing near Kabul airport.",
        "Washington announced it would withdraw 5,400 troops within 20 weeks.",
        "In a report released in February 2019, the UN said more than 32,000 civilians had died since 2001.",
        "No one was hurt in the rocket attack, police said.",
        "The US dropped 7,423 bombs on the country in 2019, the highest number in a decade.",
        "Between 20 and 30 insurgents were killed in air strikes in Helmand, the army said.",
        "Talks between the two delegations resumed in Doha after a three-week pause.",
        "Dozens of families fled their homes as fighting spread to the outskirts of the city.",
        "Five people, including one US soldier, were killed in the attack on the convoy.",
        "The 45-year-old district chief was shot dead outside his home on Tuesday.",
        "Donations of 2,500 $ or more will be acknowledged in our newsletter.",
        "Hundreds of people protested in Herat against the rising violence.",
        "He said he did not want to kill 10,000,000 people to win the war.",
        "The death toll from the blast rose to 15, a hospital official said.",
    ];

    [Params(200)]
    public int SentenceCount { get; set; }

    private Article _article = null!;
    private SitrepPipeline _numbers = null!;
    private SitrepPipeline _casualties = null!;

    public long Bytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var text = string.Join(" ", Enumerable.Range(0, SentenceCount).Select(i => Sentences[i % Sentences.Length]));
        _article = Article.Create(text, "bench");
        Bytes = System.Text.Encoding.UTF8.GetByteCount(text);
        var data = DataPack.Default;
        _numbers = new PipelineBuilder().Use(SentenceSplitter.Load(data)).Use(QuantityAnnotator.Load(data)).Build();
        _casualties = new PipelineBuilder().Use(SentenceSplitter.Load(data)).Use(QuantityAnnotator.Load(data))
            .Use(CasualtyAnnotator.Load(data)).Build();
    }

    [Benchmark(Baseline = true)]
    public int Quantities() => _numbers.Process(_article).Quantities.Count;

    [Benchmark]
    public int QuantitiesAndCasualties()
    {
        var document = _casualties.Process(_article);
        return document.Casualties.Count + document.StatisticalClaims.Count;
    }
}
