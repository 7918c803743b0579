using System.Diagnostics;
using Sitrep.Dedup;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Storage;
using Sitrep.Time;

namespace Sitrep.Ingest;

/// <summary>
/// Reads inputs, runs the pipeline on every article not stored yet (in parallel, output kept in
/// input order so ids and rows are deterministic) and stores the results in batches, each one
/// transaction. Bad inputs and articles whose processing fails are recorded and skipped.
/// </summary>
public sealed class Ingestor(SitrepPipeline pipeline, SourceReader reader, IArticleWriter store)
{
    public int BatchSize { get; init; } = 64;
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Tells each article's language; articles not in English are stored without extraction. Null: all are taken as English.</summary>
    public LanguageIdentifier? Languages { get; init; }

    /// <summary>
    /// The publication date of articles whose source gives none (a .txt without sidecar, a JSONL
    /// record without "published"); a date the source gives always wins. Null: such articles stay undated.
    /// </summary>
    public DateOnly? DefaultPublished { get; init; }

    /// <summary>
    /// Makes each English article's framing summary, stored with it so the framing views read it
    /// instead of processing the article again (null: none stored; the views then frame it from its text).
    /// </summary>
    public Framing.ArticleFramingRecorder? Framing { get; init; }

    /// <summary>The event ledger, fused after each stored batch (null: mentions are stored unfused).</summary>
    public ILedgerWriter? Ledger { get; init; }

    public IngestSummary Run(IEnumerable<string> paths, IProgress<IngestProgress>? progress = null,
        Func<Stream>? standardInput = null, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var inputs = reader.Inputs(paths);
        var errors = new List<ReadError>();
        var warnings = new List<ReadError>();
        var notEnglish = new List<LanguageSkip>();
        var undated = new List<UndatedArticle>();
        var duplicates = new List<DuplicateLink>();
        // Ids read but not committed yet (in the windows in flight and the batch being filled): with
        // the store, they tell a repeat apart without holding every stored id in memory.
        var unflushed = new HashSet<string>(StringComparer.Ordinal);
        int read = 0, stored = 0, already = 0, events = 0, inputsDone = 0;

        bool IsFresh(Article article) => !unflushed.Contains(article.Id) && !store.Contains(article.Id) && unflushed.Add(article.Id);
        var source = inputs
            .SelectMany((input, index) => reader.Read(input, standardInput).Select(result => (index, result)))
            .Select(item => (item.index, item.result, fresh: item.result.Article is { } a && IsFresh(a)));
        var items = InBoundedWindows(source, item => (item.index, item.result, outcome: item.fresh ? Process(item.result.Article!) : null), cancel);

        // mentions an earlier run stored but was stopped before fusing: each batch below fuses only its own
        Ledger?.Update();
        var batch = new List<StoredDocument>(BatchSize);
        foreach (var (index, result, outcome) in items)
        {
            if (index > inputsDone) inputsDone = index;
            warnings.AddRange(result.Warnings);
            if (result.Error is not null) errors.Add(result.Error);
            else if (outcome is null) { read++; already++; }
            else if (outcome.Error is not null) { read++; errors.Add(outcome.Error); unflushed.Remove(result.Article!.Id); }
            else
            {
                read++;
                if (outcome.Skipped is not null) notEnglish.Add(outcome.Skipped);
                if (outcome.Undated is not null) undated.Add(outcome.Undated);
                batch.Add(outcome.Document!);
                events += outcome.Document!.Events.Count;
                if (batch.Count >= BatchSize) stored += Flush(batch, duplicates, unflushed);
            }
            progress?.Report(new IngestProgress(inputsDone, inputs.Count, read, events, errors.Count));
        }
        stored += Flush(batch, duplicates, unflushed);
        progress?.Report(new IngestProgress(inputs.Count, inputs.Count, read, events, errors.Count));
        return new IngestSummary(read, stored, already, events, errors, clock.Elapsed) { NotEnglish = notEnglish, NearDuplicates = duplicates, Undated = undated, Warnings = warnings };
    }

    /// <summary>
    /// Items processed in parallel, in input order. Four per core keeps every core busy (a window
    /// waits for its slowest article) while few processed documents, each with its annotations
    /// already serialised, are held at once: with 256 a window, the two windows in flight held
    /// about as much memory as the whole data pack.
    /// </summary>
    public int WindowSize { get; init; } = Math.Max(8, 4 * Environment.ProcessorCount);

    /// <summary>
    /// Windows processed ahead of the one the writer consumes: enough to cover a batch, so that the
    /// workers keep extracting while the writer stores a batch and fuses it into the ledger (with one
    /// window ahead they sat idle through every flush: 0.9 of 2 cores busy on a 10,000-article ingest).
    /// </summary>
    public int WindowsAhead => BatchSize / Math.Max(1, WindowSize) + 1;

    /// <summary>
    /// Processes the source a window at a time on all cores while the caller consumes the windows
    /// before: input order is kept and at most <see cref="WindowsAhead"/> windows are in memory besides
    /// the one consumed, however large the corpus (a plain PLINQ query buffers whatever its workers
    /// run ahead of a slower writer).
    /// </summary>
    private IEnumerable<TOut> InBoundedWindows<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> process, CancellationToken cancel)
    {
        using var windows = source.Chunk(Math.Max(1, WindowSize)).GetEnumerator();
        Task<TOut[]>? Next()
        {
            cancel.ThrowIfCancellationRequested();
            if (!windows.MoveNext()) return null; // reading happens here, on the consuming thread
            var window = windows.Current;
            return Task.Run(() => window.AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, Parallelism))
                .WithCancellation(cancel).Select(process).ToArray(), cancel);
        }
        var pending = new Queue<Task<TOut[]>>();
        while (pending.Count < WindowsAhead && Next() is { } started) pending.Enqueue(started);
        while (pending.TryDequeue(out var oldest))
        {
            var done = oldest.GetAwaiter().GetResult();
            if (Next() is { } next) pending.Enqueue(next);
            foreach (var item in done) yield return item;
        }
    }

    private int Flush(List<StoredDocument> batch, List<DuplicateLink> duplicates, HashSet<string> unflushed)
    {
        if (batch.Count == 0) return 0;
        var stored = store.Save(batch, DateTimeOffset.UtcNow, duplicates);
        foreach (var document in batch) unflushed.Remove(document.Article.Id);
        Ledger?.Update([.. batch.Select(d => d.Article.Id)]);
        batch.Clear();
        NativeHeap.Trim();
        return stored;
    }

    /// <summary>What a worker hands the writer: the document already turned into rows (<see cref="StoredDocument"/>), or the error.</summary>
    private sealed record Outcome(StoredDocument? Document, ReadError? Error, LanguageSkip? Skipped = null)
    {
        public UndatedArticle? Undated { get; init; }
    }

    private Outcome Process(Article article)
    {
        try
        {
            if (article.Published is null && DefaultPublished is { } published) article = article with { Published = published };
            var language = Languages?.Identify(article.Text) ?? LanguageIdentifier.English;
            if (language != LanguageIdentifier.English)
            {
                // Kept, with its language, for a reader or a later multilingual pipeline; the English rules would misread it.
                var stored = article with { Language = language };
                return new Outcome(StoredDocument.From(new Document(stored)) with { Signature = MinHash.Of(article.Text) }, null,
                    new LanguageSkip(article.Source, article.Id, language, LanguageIdentifier.NameOf(language)));
            }
            var document = pipeline.Process(article with { Language = language });
            return new Outcome(StoredDocument.From(document) with { Signature = MinHash.Of(article.Text), Framing = Framing?.Json(document) }, null)
                { Undated = UndatedArticle.Of(document) };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // One article that trips a bug must not stop the batch; the error names it for a report.
            return new Outcome(null, new ReadError(article.Source, $"extraction failed ({e.GetType().Name}): {e.Message}"));
        }
    }
}
