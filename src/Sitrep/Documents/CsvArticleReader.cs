namespace Sitrep.Documents;

/// <summary>
/// Reads a CSV corpus with a header row: one article per row, its text in the chosen column
/// (default "text"); url, title, outlet and published (or date) columns are used when present.
/// A bad row is reported as "file:line" and the other rows go through; a quote left open costs
/// only its own row (see <see cref="CsvRecords"/>).
/// </summary>
public sealed class CsvArticleReader(string textColumn = CsvArticleReader.DefaultTextColumn, BoilerplateCleaner? cleaner = null) : IArticleReader
{
    public const string DefaultTextColumn = "text";

    public bool Handles(string extension) => extension is ".csv" or ".tsv";

    public IEnumerable<ReadResult> Read(string location, Stream content, ReaderLimits limits)
    {
        var separator = location.Contains(".tsv", StringComparison.OrdinalIgnoreCase) ? '\t' : ',';
        using var records = CsvRecords.Read(content, separator, limits.MaxArticleBytes).GetEnumerator();
        IReadOnlyList<string>? header = null;
        while (header is null)
        {
            if (!records.MoveNext()) yield break;
            if (records.Current.Error is { } bad) yield return ReadResult.Fail($"{location}:{records.Current.Line}", $"malformed CSV header: {bad}");
            else header = records.Current.Fields;
        }
        int? Index(string name) => header.Select((h, i) => (h, i)).Where(c => string.Equals(c.h.Trim(), name, StringComparison.OrdinalIgnoreCase)).Select(c => (int?)c.i).FirstOrDefault();
        if (Index(textColumn) is not { } textIndex)
        {
            yield return ReadResult.Fail(location, $"no \"{textColumn}\" column (columns: {(header.Count == 0 ? "none" : string.Join(", ", header))}); choose one with --text-column");
            yield break;
        }
        var url = Index("url") ?? Index("link");
        var title = Index("title") ?? Index("headline");
        var outlet = Index("outlet") ?? Index("source");
        var published = Index("published") ?? Index("date");
        while (records.MoveNext())
        {
            var record = records.Current;
            var where = $"{location}:{record.Line}";
            if (record.Error is not null)
            {
                yield return ReadResult.Fail(where, $"malformed CSV: {record.Error}");
                continue;
            }
            var fields = record.Fields!;
            string? Field(int? index) => index is { } i && i < fields.Count && !string.IsNullOrWhiteSpace(fields[i]) ? fields[i] : null;
            var text = Field(textIndex);
            if (text is null)
            {
                yield return ReadResult.Fail(where, $"empty \"{textColumn}\" field");
                continue;
            }
            var date = Field(published);
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
            yield return ReadResult.Ok(Article.Create(cleaned.Text, where, Field(url), Field(outlet), Field(title), parsed)
                .WithFeatures(cleaned.Features));
        }
    }
}
