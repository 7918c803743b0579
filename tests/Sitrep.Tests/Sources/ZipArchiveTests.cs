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

    [Fact]
    public void Text_entries_take_metadata_from_their_json_sidecars_as_in_a_folder()
    {
        var bytes = Zip(
            ("2020/kunduz.txt", Story),
            ("2020/kunduz.json", """{"outlet":"Kunduz Wire","url":"https://kw.example/1","published":"2020-03-03"}"""),
            ("2020/broken.txt", Story + " A second report."),
            ("2020/broken.json", "{oops"),
            ("lone.txt", Story + " A third report."));
        var results = Reader().Read("c.zip", new MemoryStream(bytes), ReaderLimits.Default).ToList();
        Assert.Equal(["c.zip!2020/broken.txt", "c.zip!2020/kunduz.txt", "c.zip!lone.txt"], results.Select(r => r.Article!.Source));
        var paired = results[1].Article!;
        Assert.Equal(("Kunduz Wire", "https://kw.example/1", new DateOnly(2020, 3, 3)), (paired.Outlet, paired.Url, paired.Published));
        Assert.Empty(results[1].Warnings);
        Assert.Null(results[0].Article!.Outlet);
        Assert.Equal("c.zip!2020/broken.json", Assert.Single(results[0].Warnings).Location);
        Assert.Null(results[2].Article!.Published);
    }

    [Theory]
    [InlineData("../../etc/escape.txt", "climbs out of the archive")]
    [InlineData("/etc/absolute.txt", "has an absolute path")]
    public void Member_names_that_would_escape_the_folder_are_named_in_a_warning(string name, string reason)
    {
        var results = Reader().Read("evil.zip", new MemoryStream(Zip((name, Story), ("fine.txt", Story + " Fine."))), ReaderLimits.Default).ToList();
        Assert.All(results, r => Assert.NotNull(r.Article));
        var flagged = results.Single(r => r.Warnings.Count > 0);
        Assert.Equal($"evil.zip!{name}", flagged.Article!.Source);
        var warning = Assert.Single(flagged.Warnings);
        Assert.Equal($"evil.zip!{name}", warning.Location);
        Assert.Contains(reason, warning.Reason);
        Assert.Contains("nothing is extracted", warning.Reason);
    }
}
