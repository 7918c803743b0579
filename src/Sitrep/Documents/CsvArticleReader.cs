using CsvHelper;

namespace Sitrep.Documents;

/// <summary>
/// Reads a CSV corpus with a header row: one article per row, its text in the chosen column
/// (default "text"); url, title, outlet and published (or date) columns are used when present.
/// A bad row is reported as "file:row" and the other rows go through.
/// </summary>
public sealed class CsvArticleReader(string textColumn = CsvArticleReader.DefaultTextColumn, BoilerplateCleaner? cleaner = null) : IArticleReader
{
    public const string DefaultTextColumn = "text";

    public bool Handles(string extension) => extension is ".csv" or ".tsv";

    public IEnumerable<ReadResult> Read(string location, Stream content, ReaderLimits limits)
    {
        var options = new CsvReaderOptions
        {
            HasHeader = true,
            AllowLineBreaksInQuotes = true,
            MaxRecordSize = (int)Math.Min(int.MaxValue, limits.MaxArticleBytes),
            TrackLineNumbers = true,
            Separator = location.Contains(".tsv", StringComparison.OrdinalIgnoreCase) ? '\t' : ',',
        };
        using var csv = CsvReader.Create(content, options, true);
        var rows = Rows(location, csv, limits).GetEnumerator();
        while (true)
        {
            ReadResult? failure = null;
            try
            {
                if (!rows.MoveNext()) yield break;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failure = ReadResult.Fail($"{location}:{csv.LineNumber}", $"malformed CSV: {e.Message}");
            }
            if (failure is not null)
            {
                yield return failure;
                yield break;
            }
            yield return rows.Current;
        }
    }

    private IEnumerable<ReadResult> Rows(string location, CsvReader csv, ReaderLimits limits)
    {
        if (!csv.Read()) yield break;
        if (!csv.TryGetFieldIndex(textColumn, out var textIndex))
        {
            var columns = csv.Headers is { } headers ? string.Join(", ", headers) : "none";
            yield return ReadResult.Fail(location, $"no \"{textColumn}\" column (columns: {columns}); choose one with --text-column");
            yield break;
        }
        var url = Index(csv, "url") ?? Index(csv, "link");
        var title = Index(csv, "title") ?? Index(csv, "headline");
        var outlet = Index(csv, "outlet") ?? Index(csv, "source");
        var published = Index(csv, "published") ?? Index(csv, "date");
        do
        {
            var where = $"{location}:{csv.LineNumber}";
            var text = Field(csv, textIndex);
            if (string.IsNullOrWhiteSpace(text))
            {
                yield return ReadResult.Fail(where, $"empty \"{textColumn}\" field");
                continue;
            }
            var date = Field(csv, published);
            var parsed = PublishedDate.Parse(date);
            if (date is not null && parsed is null)
            {
                yield return ReadResult.Fail(where, $"unreadable date \"{date}\" (expected e.g. 2019-07-30)");
                continue;
            }
            var cleaned = (cleaner ?? BoilerplateCleaner.Default).Clean(text);
            if (string.IsNullOrWhiteSpace(cleaned.Text))
            {
                yield return ReadResult.Fail(where, "no article text left once page boilerplate is removed");
                continue;
            }
            yield return ReadResult.Ok(Article.Create(cleaned.Text, where, Field(csv, url), Field(csv, outlet), Field(csv, title), parsed)
                .WithFeatures(cleaned.Features));
        }
        while (csv.Read());
    }

    private static int? Index(CsvReader csv, string name) => csv.TryGetFieldIndex(name, out var index) ? index : null;

    private static string? Field(CsvReader csv, int? index) =>
        index is { } i && i < csv.FieldCount && csv.GetString(i) is { Length: > 0 } s && !string.IsNullOrWhiteSpace(s) ? s : null;
}
