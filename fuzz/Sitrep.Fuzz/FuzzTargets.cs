using Sitrep.Documents;

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
    };

    private static void Drain(IEnumerable<ReadResult> results)
    {
        foreach (var result in results)
            if (result.Article is null && result.Error is null)
                throw new InvalidOperationException("a reader yielded a result with neither article nor error");
    }
}
