namespace Sitrep.Documents;

/// <summary>Caps that keep one hostile or mistaken input from exhausting memory.</summary>
public sealed record ReaderLimits
{
    /// <summary>Largest single article (a .txt or .html file, or one JSONL line). News articles are far below this.</summary>
    public long MaxArticleBytes { get; init; } = 10 * 1024 * 1024;

    public static ReaderLimits Default { get; } = new();
}
