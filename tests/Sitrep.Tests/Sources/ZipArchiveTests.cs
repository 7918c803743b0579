using System.IO.Compression;
using System.Text;
using Sitrep.Documents;

namespace Sitrep.Tests.Sources;

public class ZipArchiveTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sitrep-zip").FullName;

    private const string Story = "Security forces repelled an attack on a checkpoint in the Nad Ali district of Helmand, the army said on Monday.";

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static ZipArchiveReader Reader() => SourceReader.Readers().OfType<ZipArchiveReader>().Single();

    private static byte[] Zip(params (string Entry, string Text)[] entries)
    {
        using var packed = new MemoryStream();
        using (var zip = new ZipArchive(packed, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (entry, text) in entries)
            {
                using var stream = zip.CreateEntry(entry).Open();
                stream.Write(Encoding.UTF8.GetBytes(text));
            }
        return packed.ToArray();
    }

    [Fact]
    public void A_central_directory_that_disagrees_with_its_entry_count_is_an_error_not_an_exception()
    {
        // Found by fuzzing: the archive opens, and the count is checked only when the entries are first listed.
        var bytes = Zip(("a.txt", Story), ("b.txt", Story + " Again."));
        var end = bytes.Length - 22; // the end-of-central-directory record, without a comment
        bytes[end + 8] = 5; // entries on this disk
        bytes[end + 10] = 5; // entries in all
        var result = Assert.Single(Reader().Read("bad.zip", new MemoryStream(bytes), ReaderLimits.Default).ToList());
        Assert.Equal("bad.zip", result.Error!.Location);
        Assert.StartsWith("not a readable zip archive (corrupt or truncated)", result.Error.Reason);
    }
}
