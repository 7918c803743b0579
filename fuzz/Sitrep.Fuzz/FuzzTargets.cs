using System.Text;
using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Fuzz;

/// <summary>
/// The readers under fuzzing. Each runs one input to the end; the contract fuzzed is that a
/// reader never throws for bad input (it yields ReadResult.Fail instead) and never hangs.
/// </summary>
public static class FuzzTargets
{
    /// <summary>Small caps so the fuzzer spends its time on parsing paths, not on big allocations.</summary>
    /// <remarks>Built on each call, never in a static initialiser: SharpFuzz-instrumented code may only run inside Fuzzer.Run.</remarks>
    public static ReaderLimits Limits => new()
    {
        MaxArticleBytes = 256 * 1024,
        MaxDecompressedBytes = 1024 * 1024,
        MaxXmlCharacters = 1024 * 1024,
    };

    public static readonly IReadOnlyDictionary<string, Action<Stream>> All = new Dictionary<string, Action<Stream>>
    {
        ["html"] = stream => Drain(new HtmlArticleReader().Read("fuzz.html", stream, Limits)),
        ["feed"] = stream => Drain(new FeedReader().Read("fuzz.xml", stream, Limits)),
        ["jsonl"] = stream => Drain(new JsonLinesReader().Read("fuzz.jsonl", stream, Limits)),
        ["csv"] = stream => Drain(new CsvArticleReader().Read("fuzz.csv", stream, Limits)),
        ["warc"] = stream => Drain(new WarcReader(new HtmlArticleReader()).Read("fuzz.warc", stream, Limits)),
        ["zip"] = stream => Drain(Zip().Read("fuzz.zip", stream, Limits)),
        ["annotators"] = Annotate,
    };

    /// <summary>The zip reader with every reader for its entries, as a folder ingest uses it.</summary>
    private static ZipArchiveReader Zip() => SourceReader.Readers().OfType<ZipArchiveReader>().Single();

    private static SitrepPipeline? _pipeline;

    /// <summary>The whole extraction pipeline on arbitrary text (the bytes read as UTF-8): it must never throw.</summary>
    private static void Annotate(Stream stream)
    {
        _pipeline ??= PipelineBuilder.Default(); // built on the first input: inside Fuzzer.Run under AFL
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = reader.ReadToEnd();
        if (string.IsNullOrWhiteSpace(text)) return;
        _pipeline.Process(Article.Create(text, "fuzz.txt", null, null, null, new DateOnly(2020, 3, 1)));
    }

    private static void Drain(IEnumerable<ReadResult> results)
    {
        foreach (var result in results)
            if (result.Article is null && result.Error is null)
                throw new InvalidOperationException("a reader yielded a result with neither article nor error");
    }
}
