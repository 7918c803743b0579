using Sitrep.Dedup;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Storage;
using Sitrep.Text;

namespace Sitrep.Tests.Ingest;

/// <summary>The workers run ahead of the writer far enough to cover a batch, and never further.</summary>
public sealed class IngestWindowTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("sitrep-windows-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Theory]
    [InlineData(8, 2)]
    [InlineData(4, 4)]
    [InlineData(1, 1)]
    public void Workers_stay_within_the_windows_ahead_and_the_writer_gets_input_order(int batch, int window)
    {
        var corpus = Path.Combine(_folder.FullName, "corpus.jsonl");
        File.WriteAllLines(corpus, Enumerable.Range(0, 60).Select(i =>
            $$"""{"text": "Report {{i}}: a meeting was held in Kabul on Monday about road repairs number {{i}}.", "url": "https://example.org/{{i}}", "published": "2020-06-15"}"""));
        var counter = new CountingAnnotator();
        var pipeline = new PipelineBuilder().Use(SentenceSplitter.Load(DataPack.Default)).Use(counter).Build();
        var writer = new RecordingWriter(counter);
        var ingest = new Ingestor(pipeline, SourceReader.Default(), writer) { BatchSize = batch, WindowSize = window };

        var summary = ingest.Run([corpus]);

        Assert.Equal(60, summary.ArticlesStored);
        Assert.Equal(Enumerable.Range(0, 60).Select(i => $"https://example.org/{i}"), writer.Urls);
        // at a save, the articles processed are those saved, the batch, and the windows ahead
        var bound = batch + (ingest.WindowsAhead + 1) * window;
        Assert.All(writer.AheadAtSave, ahead => Assert.InRange(ahead, 0, bound));
        Assert.InRange(ingest.WindowsAhead * window, batch, batch + window); // enough to cover a flush, and no more
    }

    private sealed class CountingAnnotator : IAnnotator
    {
        private int _processed;
        public int Processed => Volatile.Read(ref _processed);
        public string Name => "counting";
        public void Annotate(Document document) => Interlocked.Increment(ref _processed);
    }

    private sealed class RecordingWriter(CountingAnnotator counter) : IArticleWriter
    {
        private readonly HashSet<string> _ids = [];
        public List<string?> Urls { get; } = [];
        public List<int> AheadAtSave { get; } = [];

        public bool Contains(string articleId) => _ids.Contains(articleId);

        public int Save(IEnumerable<StoredDocument> documents, DateTimeOffset ingestedAt, ICollection<DuplicateLink>? nearDuplicates = null)
        {
            var list = documents.ToList();
            AheadAtSave.Add(counter.Processed - Urls.Count - list.Count);
            foreach (var d in list) { _ids.Add(d.Article.Id); Urls.Add(d.Article.Url); }
            return list.Count;
        }

        public int Save(IEnumerable<Document> documents, DateTimeOffset ingestedAt) => throw new NotSupportedException();
        public HashSet<string> FeedItemKeys() => [];
        public void MarkFeedItems(IEnumerable<(string Feed, string Key)> items, DateTimeOffset seenAt) { }
    }
}
