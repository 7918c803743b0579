using System.IO.Compression;

namespace Sitrep.Documents;

/// <summary>
/// Reads a .zip of articles: each entry by the reader for its extension (entries no reader
/// handles are skipped), located as "archive.zip!folder/entry.txt", in ordinal name order.
/// Decompressed bytes are capped for the whole archive; a corrupt or truncated entry is an error
/// for that entry and the next entries are still read.
/// </summary>
public sealed class ZipArchiveReader(Func<string, IArticleReader?> readerFor) : IArticleReader
{
    public bool Handles(string extension) => extension == ".zip";

    public IEnumerable<ReadResult> Read(string location, Stream content, ReaderLimits limits)
    {
        var seekable = content.CanSeek ? content : Buffered(content, limits);
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(seekable, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            return [ReadResult.Fail(location, $"not a readable zip archive (corrupt or truncated): {e.Message}")];
        }
        return Entries(location, archive, limits);
    }

    private IEnumerable<ReadResult> Entries(string location, ZipArchive archive, ReaderLimits limits)
    {
        using (archive)
        {
            var budget = new ExpansionBudget(limits.MaxDecompressedBytes);
            List<ZipArchiveEntry> entries;
            string? unreadable = null;
            try
            {
                // The central directory is read on first use, not when the archive is opened.
                entries = archive.Entries.Where(e => !e.FullName.EndsWith('/')).OrderBy(e => e.FullName, StringComparer.Ordinal).ToList();
            }
            catch (InvalidDataException e)
            {
                entries = [];
                unreadable = e.Message;
            }
            if (unreadable is not null)
            {
                yield return ReadResult.Fail(location, $"not a readable zip archive (corrupt or truncated): {unreadable}");
                yield break;
            }
            if (entries.Count > limits.MaxArchiveEntries)
            {
                yield return ReadResult.Fail(location, $"archive has {entries.Count:N0} entries, over the limit of {limits.MaxArchiveEntries:N0}");
                yield break;
            }
            foreach (var entry in entries)
            {
                var reader = readerFor(Path.GetExtension(entry.FullName).ToLowerInvariant());
                if (reader is null || reader is ZipArchiveReader) continue;
                var where = $"{location}!{entry.FullName}";
                var over = false;
                foreach (var result in ReadGuard.Run(where, () => ReadEntry(where, entry, reader, budget, limits)))
                {
                    over |= result.Error?.Reason.Contains("expands beyond", StringComparison.Ordinal) == true;
                    yield return result;
                }
                if (over) yield break;
            }
        }
    }

    private static IEnumerable<ReadResult> ReadEntry(string where, ZipArchiveEntry entry, IArticleReader reader, ExpansionBudget budget, ReaderLimits limits)
    {
        using var stream = new BudgetedStream(entry.Open(), budget);
        foreach (var result in reader.Read(where, stream, limits))
            yield return result;
    }

    /// <summary>A zip needs seeking (its directory is at the end); a piped one is buffered up to the decompression cap.</summary>
    private static Stream Buffered(Stream content, ReaderLimits limits) => new MemoryStream(StreamBytes.ReadCapped(content, limits.MaxDecompressedBytes));
}
