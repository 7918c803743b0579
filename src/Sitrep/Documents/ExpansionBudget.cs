namespace Sitrep.Documents;

/// <summary>How many decompressed bytes an archive may still produce; shared by all its entries.</summary>
internal sealed class ExpansionBudget(long bytes)
{
    public long Limit { get; } = bytes;
    public long Remaining { get; private set; } = bytes;

    public void Spend(int count)
    {
        Remaining -= count;
        if (Remaining < 0)
            throw new DecompressionLimitException($"archive expands beyond the limit of {Limit:N0} bytes: stopped reading it (a decompression bomb, or raise the limit)");
    }
}

/// <summary>An archive that expands past <see cref="ReaderLimits.MaxDecompressedBytes"/>.</summary>
public sealed class DecompressionLimitException(string message) : IOException(message);
