
namespace Sitrep.Documents;

/// <summary>
/// Reads a gzip-compressed file (.txt.gz, .html.gz, .jsonl.gz, .csv.gz, .warc.gz, …) by the
/// reader for the name without ".gz", through a decompression cap. A truncated or corrupt
/// stream ends with a clear error after the articles read before the damage.
/// </summary>
public sealed class GzipReader(Func<string, IArticleReader?> readerFor) : IArticleReader
{
    public bool Handles(string extension) => extension is ".gz" or ".tgz";

    public IEnumerable<ReadResult> Read(string location, Stream content, ReaderLimits limits)
    {
        var inner = location.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? location[..^3] : location;
        var extension = Path.GetExtension(inner).ToLowerInvariant();
        if (extension is ".tar" or ".tgz" || location.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase))
            return [ReadResult.Fail(location, "tar archives are not supported: use .zip, or gzip single files")];
        var reader = readerFor(extension);
        if (reader is null || reader is GzipReader)
            return [ReadResult.Fail(location, $"unsupported file type inside gzip: \"{extension}\"")];
        return ReadGuard.Run(location, () => reader.Read(location, Decompressed(content, limits), limits));
    }

    private static Stream Decompressed(Stream content, ReaderLimits limits) =>
        new BudgetedStream(new GzipTruncationCheck(content), new ExpansionBudget(limits.MaxDecompressedBytes));
}
