using System.IO.Compression;

namespace Sitrep.Documents;

/// <summary>
/// Reads a .zip of articles: each entry by the reader for its extension (entries no reader
/// handles are skipped), located as "archive.zip!folder/entry.txt", in ordinal name order.
/// Decompressed bytes are capped for the whole archive; a corrupt or truncated entry is an error
/// for that entry and the next entries are still read. A .txt entry takes its metadata from the
/// .json entry beside it, as in a folder. Member names with "../" or an absolute path are named in
/// a warning (nothing is ever written to disk).
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
            var byName = entries.GroupBy(e => e.FullName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                var reader = readerFor(Path.GetExtension(entry.FullName).ToLowerInvariant());
                if (reader is null || reader is ZipArchiveReader) continue;
                var where = $"{location}!{entry.FullName}";
                var sidecar = reader is PlainTextReader ? byName.GetValueOrDefault(Path.ChangeExtension(entry.FullName, ".json")) : null;
                var unsafeName = UnsafeName(entry.FullName);
                var over = false;
                foreach (var read in ReadGuard.Run(where, () => ReadEntry(location, where, entry, sidecar, reader, budget, limits)))
                {
                    var result = unsafeName is null ? read : read.WithWarning(where, unsafeName);
                    over |= result.Error?.Reason.Contains("expands beyond", StringComparison.Ordinal) == true;
                    yield return result;
                }
                if (over) yield break;
            }
        }
    }

    private static IEnumerable<ReadResult> ReadEntry(string location, string where, ZipArchiveEntry entry, ZipArchiveEntry? sidecar,
        IArticleReader reader, ExpansionBudget budget, ReaderLimits limits)
    {
        using var stream = new BudgetedStream(entry.Open(), budget);
        var results = reader is PlainTextReader text
            ? text.Read(where, stream, limits, sidecar is null ? null : ($"{location}!{sidecar.FullName}", SidecarBytes(sidecar, budget, limits)))
            : reader.Read(where, stream, limits);
        foreach (var result in results)
            yield return result;
    }

    /// <summary>A .txt entry's .json sidecar, as a folder's; null when it cannot be read (corrupt), which the reader reports as a warning.</summary>
    private static byte[]? SidecarBytes(ZipArchiveEntry sidecar, ExpansionBudget budget, ReaderLimits limits)
    {
        try
        {
            using var stream = new BudgetedStream(sidecar.Open(), budget);
            return StreamBytes.ReadCapped(stream, limits.MaxArticleBytes);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>
    /// Why a member name would escape the folder it were extracted to ("../", an absolute or drive
    /// path), or null. Nothing is ever extracted: the name is only a label, but one worth a warning.
    /// </summary>
    private static string? UnsafeName(string name)
    {
        var normal = name.Replace('\\', '/');
        if (normal.StartsWith('/') || normal.Length > 1 && normal[1] == ':')
            return $"archive member \"{name}\" has an absolute path (read as an article only; nothing is extracted)";
        if (normal.Split('/').Contains(".."))
            return $"archive member \"{name}\" climbs out of the archive with \"../\" (read as an article only; nothing is extracted)";
        return null;
    }

    /// <summary>A zip needs seeking (its directory is at the end); a piped one is buffered up to the decompression cap.</summary>
    private static Stream Buffered(Stream content, ReaderLimits limits) => new MemoryStream(StreamBytes.ReadCapped(content, limits.MaxDecompressedBytes));
}
