using System.IO.Compression;
using System.Text;
using Sitrep.Documents;

namespace Sitrep.Tests.Sources;

public class CorpusReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sitrep-corpus").FullName;

    private const string StoryA = "Security forces repelled an attack on a checkpoint in the Nad Ali district of Helmand, the army said on Monday.";
    private const string StoryB = "A landmine killed two boys collecting firewood in the Chora district of Uruzgan, provincial officials said.";

    private string PathOf(string name) => Path.Combine(_folder, name);

    private List<ReadResult> Read(params string[] paths) => SourceReader.Default().Read(paths).ToList();

    private static byte[] Gzip(byte[] bytes)
    {
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(bytes);
        return packed.ToArray();
    }

    private string Zip(string name, params (string Entry, byte[] Bytes)[] entries)
    {
        var path = PathOf(name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (entry, bytes) in entries)
        {
            using var stream = zip.CreateEntry(entry).Open();
            stream.Write(bytes);
        }
        return path;
    }

    [Fact]
    public void Csv_rows_become_articles_from_the_chosen_column()
    {
        var results = new CsvArticleReader("body").Read("corpus.csv", File.OpenRead(Fixture.PathOf("corpus.csv")), ReaderLimits.Default).ToList();
        Assert.Equal(4, results.Count);
        var first = results[0].Article!;
        Assert.StartsWith("Militants attacked a police post in the Chak district", first.Text);
        Assert.Equal("https://wire.example/1", first.Url);
        Assert.Equal(new DateOnly(2020, 5, 14), first.Published);
        Assert.Equal("corpus.csv:2", first.Source);
        Assert.Equal("corpus.csv:3", results[1].Error!.Location);
        Assert.Contains("empty \"body\"", results[1].Error!.Reason);
        Assert.Contains("unreadable date \"not a date\"", results[2].Error!.Reason);
        Assert.Equal("A girls' school in Herat city reopened on Saturday after repairs, the education department said.", results[3].Article!.Text);
    }

    [Fact]
    public void Csv_without_the_text_column_names_the_columns_it_has()
    {
        var result = new CsvArticleReader("text").Read("corpus.csv", File.OpenRead(Fixture.PathOf("corpus.csv")), ReaderLimits.Default).Single();
        Assert.Equal("no \"text\" column (columns: id, headline, body, link, date); choose one with --text-column", result.Error!.Reason);
    }

    [Fact]
    public void Csv_text_column_is_chosen_through_the_source_reader()
    {
        var path = PathOf("c.csv");
        File.Copy(Fixture.PathOf("corpus.csv"), path);
        var results = SourceReader.Default(textColumn: "body").Read([path]).ToList();
        Assert.Equal(2, results.Count(r => r.Article is not null));
    }

    [Fact]
    public void Zip_entries_are_read_by_extension_in_name_order()
    {
        var jsonl = Encoding.UTF8.GetBytes($"{{\"text\": \"{StoryB}\", \"url\": \"https://wire.example/b\"}}\n");
        var path = Zip("corpus.zip",
            ("b/story.jsonl", jsonl),
            ("a/story.txt", Encoding.UTF8.GetBytes(StoryA)),
            ("a/image.png", [0x89, 0x50]),
            ("c/page.html", Fixture.Bytes("minibus_page.html")));
        var results = Read(path);
        Assert.Equal(3, results.Count);
        Assert.Equal(StoryA, results[0].Article!.Text);
        Assert.Equal(path + "!a/story.txt", results[0].Article!.Source);
        Assert.Equal(StoryB, results[1].Article!.Text);
        Assert.Equal(path + "!b/story.jsonl:1", results[1].Article!.Source);
        Assert.Contains("Seven civilians", results[2].Article!.Text);
    }

    [Fact]
    public void Truncated_zip_is_a_clear_error_and_the_next_input_is_read()
    {
        var good = Zip("good.zip", ("a.txt", Encoding.UTF8.GetBytes(StoryA)));
        var bytes = File.ReadAllBytes(good);
        var truncated = PathOf("truncated.zip");
        File.WriteAllBytes(truncated, bytes[..(bytes.Length / 2)]);
        var text = PathOf("z.txt");
        File.WriteAllText(text, StoryB);
        var results = Read(truncated, text);
        Assert.Equal(truncated, results[0].Error!.Location);
        Assert.Contains("corrupt or truncated", results[0].Error!.Reason);
        Assert.Equal(StoryB, results[1].Article!.Text);
    }

    [Fact]
    public void Zip_bomb_is_stopped_by_the_decompression_cap()
    {
        var path = Zip("bomb.zip", ("a.jsonl", new byte[3_000_000]), ("b.txt", Encoding.UTF8.GetBytes(StoryA)));
        var limits = ReaderLimits.Default with { MaxDecompressedBytes = 1_000_000 };
        var results = SourceReader.Default(limits).Read([path]).ToList();
        var error = Assert.Single(results).Error!;
        Assert.Equal(path + "!a.jsonl", error.Location);
        Assert.Contains("expands beyond the limit of 1,000,000 bytes", error.Reason);
    }

    [Fact]
    public void Zip_with_too_many_entries_is_refused()
    {
        var path = Zip("many.zip", Enumerable.Range(0, 20).Select(i => ($"{i}.txt", Encoding.UTF8.GetBytes(StoryA))).ToArray());
        var result = SourceReader.Default(ReaderLimits.Default with { MaxArchiveEntries = 10 }).Read([path]).Single();
        Assert.Contains("20 entries, over the limit of 10", result.Error!.Reason);
    }

    [Fact]
    public void Gzip_files_are_read_by_their_inner_extension()
    {
        var jsonl = PathOf("corpus.jsonl.gz");
        File.WriteAllBytes(jsonl, Gzip(Encoding.UTF8.GetBytes($"{{\"text\": \"{StoryA}\"}}\n{{\"text\": \"{StoryB}\"}}\n")));
        var html = PathOf("page.html.gz");
        File.WriteAllBytes(html, Gzip(Fixture.Bytes("minibus_page.html")));
        var results = Read(jsonl, html);
        Assert.Equal([StoryA, StoryB], results.Take(2).Select(r => r.Article!.Text));
        Assert.Equal(jsonl + ":2", results[1].Article!.Source);
        Assert.Contains("Seven civilians", results[2].Article!.Text);
    }

    [Fact]
    public void Truncated_gzip_is_a_clear_error()
    {
        var lines = string.Concat(Enumerable.Range(0, 2000).Select(i => $"{{\"text\": \"Story number {i} about a clash in Kunduz.\"}}\n"));
        var packed = Gzip(Encoding.UTF8.GetBytes(lines));
        var path = PathOf("cut.jsonl.gz");
        File.WriteAllBytes(path, packed[..(packed.Length / 2)]);
        var results = Read(path);
        Assert.True(results.Count(r => r.Article is not null) > 10);
        var error = results[^1].Error!;
        Assert.Equal(path, error.Location);
        Assert.Contains("truncated", error.Reason);
    }

    [Fact]
    public void Gzip_bomb_is_stopped_by_the_decompression_cap()
    {
        var path = PathOf("bomb.txt.gz");
        File.WriteAllBytes(path, Gzip(new byte[5_000_000]));
        var result = SourceReader.Default(ReaderLimits.Default with { MaxDecompressedBytes = 1_000_000, MaxArticleBytes = 10_000_000 }).Read([path]).Single();
        Assert.Contains("expands beyond", result.Error!.Reason);
    }

    [Fact]
    public void Not_gzip_data_named_gz_is_a_clear_error()
    {
        var path = PathOf("fake.txt.gz");
        File.WriteAllText(path, "this is not compressed at all");
        var result = Read(path).Single();
        Assert.Contains("corrupt or truncated compressed data", result.Error!.Reason);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
