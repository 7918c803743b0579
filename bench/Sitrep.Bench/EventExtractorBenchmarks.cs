using BenchmarkDotNet.Attributes;
using Sitrep.Actors;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Bench;

/// <summary>
/// Throughput of actor annotation plus event extraction on a conflict-report paragraph set
/// written for the benchmark (about 1,600 characters, 14 sentences).
/// </summary>
[MemoryDiagnoser]
public class EventExtractorBenchmarks
{
    public const string Report = """
        On July 7, resistance fighters mounted an attack, using a car bomb, on a police post in Ghazni. At least eight policemen were killed and many others injured.

        In Kandahar, attackers stormed a police headquarters and detonated a suicide bomb. Two policemen were killed.

        The Afghan army claims it has repelled a Taliban attack in Karukh district. Heavy clashes are continuing near Kandahar city, according to local officials.

        Taliban fighters captured the district centre of Dara Suf on Sunday, as US forces carried out air strikes on Taliban positions in Helmand.

        Pompeo demanded evidence from the Taliban that it will reduce violence before signing an agreement. Khalilzad held talks with Taliban negotiators in Doha.

        Trump said the US could finish the war in seven days, but he did not want to kill millions of people. Since 2001 thousands of soldiers have been killed in attacks.

        The Afghan government accused Pakistan of sheltering the Taliban, while the UN called on all parties to protect civilians.
        """;

    private readonly SentenceSplitter _sentences = SentenceSplitter.Load(DataPack.Default);
    private readonly ActorAnnotator _actors = ActorAnnotator.Load(DataPack.Default);
    private readonly EventExtractor _events = EventExtractor.Load(DataPack.Default);
    private readonly Article _article = Article.Create(Report, "bench", published: new DateOnly(2020, 7, 30));

    [Benchmark]
    public int ActorsAndEvents()
    {
        var doc = new Document(_article);
        _sentences.Annotate(doc);
        _actors.Annotate(doc);
        _events.Annotate(doc);
        return doc.Events.Count;
    }
}
