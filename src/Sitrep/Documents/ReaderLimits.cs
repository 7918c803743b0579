namespace Sitrep.Documents;

/// <summary>Caps that keep one hostile or mistaken input from exhausting memory or the stack.</summary>
public sealed record ReaderLimits
{
    /// <summary>Largest single article (a .txt or .html file, or one JSONL line). News articles are far below this.</summary>
    public long MaxArticleBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>Deepest element nesting accepted in a page; real pages stay well under 100.</summary>
    public int MaxHtmlDepth { get; init; } = 400;

    /// <summary>Most bytes one archive (.zip, .gz, .warc.gz) may expand to, all entries together: a decompression-bomb cap.</summary>
    public long MaxDecompressedBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Most entries read from one archive.</summary>
    public int MaxArchiveEntries { get; init; } = 100_000;

    /// <summary>Largest feed or XML document accepted, in characters.</summary>
    public long MaxXmlCharacters { get; init; } = 20L * 1024 * 1024;

    public static ReaderLimits Default { get; } = new();
}
