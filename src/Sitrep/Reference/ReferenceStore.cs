using System.Globalization;
using System.Text.RegularExpressions;
using Dapper;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Sitrep.Serialization;
using Sitrep.Storage;

namespace Sitrep.Reference;

/// <summary>
/// Reference datasets in their own tables (schema step 7), never mixed with extracted events.
/// Rows are keyed by set name and the dataset's own id: importing the same file again changes
/// nothing, a newer export of the same events updates them, and several files (one a year) can
/// fill one set. A set holds one flavour.
/// </summary>
public sealed partial class ReferenceStore : IDisposable
{
    private const int BatchSize = 5000;
    private readonly DbConnection _connection;
    private readonly SqlDialect _dialect;

    private ReferenceStore(DbConnection connection, SqlDialect dialect) => (_connection, _dialect) = (connection, dialect);

    public static ReferenceStore Open(string path, StoreOpenMode mode = StoreOpenMode.Existing)
    {
        using (Stores.Open(path, mode)) { } // creates or migrates the schema, reference tables included
        if (StoreLocation.Parse(path) is { Engine: StoreEngine.Postgres } postgres)
        {
            var server = new Npgsql.NpgsqlConnection(postgres.ConnectionString);
            server.Open();
            return new ReferenceStore(server, SqlDialect.Postgres);
        }
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        connection.Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;");
        return new ReferenceStore(connection, SqlDialect.Sqlite);
    }

    public void Dispose() => _connection.Dispose();

    /// <summary>Set names: letters, digits, '-', '_' and '.', so they are safe on a command line and in file names.</summary>
    public static bool IsValidName(string name) => NamePattern().IsMatch(name);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex NamePattern();

    /// <summary>
    /// Stores the events of one file under <paramref name="set"/>, in batches of one transaction
    /// each (memory stays flat). <paramref name="failed"/> counts the rows the reader left out.
    /// </summary>
    public ReferenceImportSummary Import(string set, ReferenceFlavour flavour, string file, IEnumerable<ReferenceEvent> events,
        Func<long> failed, DateTimeOffset? at = null)
    {
        if (!IsValidName(set)) throw new ArgumentException($"\"{set}\" is not a reference set name (letters, digits, '.', '-', '_')");
        if (Flavour(set) is { } held && held != flavour)
            throw new ReferenceFormatException($"reference set \"{set}\" holds {held.Describe()} rows; import this {flavour.Describe()} file under another --name");
        var when = (at ?? DateTimeOffset.UtcNow).ToString("O", CultureInfo.InvariantCulture);
        long read = 0, added = 0, updated = 0, unchanged = 0;
        var tx = _dialect.BeginWrite(_connection);
        try
        {
            foreach (var e in events)
            {
                read++;
                var content = Content(e);
                var existing = _connection.ExecuteScalar<string?>("SELECT content FROM reference_events WHERE set_name = @set AND id = @Id",
                    new { set, e.Id }, tx);
                if (existing == content) { unchanged++; continue; }
                if (existing is null) added++;
                else updated++;
                _connection.Execute("""
                    INSERT INTO reference_events (set_name, id, flavour, file, line, event_type, date_start, date_end, admin1, content, data, imported_at)
                    VALUES (@set, @Id, @flavour, @File, @Line, @EventType, @start, @end, @Admin1, @content, @data, @when)
                    ON CONFLICT (set_name, id) DO UPDATE SET flavour = excluded.flavour, file = excluded.file, line = excluded.line,
                        event_type = excluded.event_type, date_start = excluded.date_start, date_end = excluded.date_end, admin1 = excluded.admin1,
                        content = excluded.content, data = excluded.data, imported_at = excluded.imported_at
                    """, new
                {
                    set, e.Id, flavour = flavour.Name(), e.File, e.Line, e.EventType, start = Iso(e.DateStart), end = Iso(e.DateEnd), e.Admin1,
                    content, data = SitrepJson.Serialize(e), when,
                }, tx);
                if ((added + updated) % BatchSize == 0)
                {
                    tx.Commit();
                    tx.Dispose();
                    tx = _dialect.BeginWrite(_connection);
                }
            }
            var summary = new ReferenceImportSummary(set, flavour, file, read, added, updated, unchanged, failed());
            _connection.Execute("""
                INSERT INTO reference_imports (set_name, flavour, file, rows_read, rows_new, rows_updated, rows_failed, at)
                VALUES (@Set, @flavour, @File, @Read, @New, @Updated, @Failed, @when)
                """, new { summary.Set, flavour = flavour.Name(), summary.File, summary.Read, summary.New, summary.Updated, summary.Failed, when }, tx);
            tx.Commit();
            return summary;
        }
        finally
        {
            tx.Dispose();
        }
    }

    /// <summary>The flavour a set holds, or null when no such set was imported.</summary>
    public ReferenceFlavour? Flavour(string set) =>
        ReferenceFlavours.Parse(_connection.ExecuteScalar<string?>("SELECT flavour FROM reference_events WHERE set_name = @set LIMIT 1", new { set }));

    public IReadOnlyList<ReferenceSetInfo> Sets() =>
        [.. _connection.Query<(string Name, string Flavour, long Rows, string? First, string? Last)>(
                "SELECT set_name, MIN(flavour), COUNT(*), MIN(date_start), MAX(date_start) FROM reference_events GROUP BY set_name ORDER BY set_name")
            .Select(r => new ReferenceSetInfo(r.Name, ReferenceFlavours.Parse(r.Flavour) ?? ReferenceFlavour.Acled, r.Rows, Date(r.First), Date(r.Last)))];

    /// <summary>A set's rows whose start date lies in [from, to], by date then id, streamed.</summary>
    public IEnumerable<ReferenceEvent> Events(string set, DateOnly? from = null, DateOnly? to = null) =>
        _connection.Query<string>("""
            SELECT data FROM reference_events
            WHERE set_name = @set AND (@from IS NULL OR date_start >= @from) AND (@to IS NULL OR date_start <= @to)
            ORDER BY date_start, id
            """, new { set, from = from is { } f ? Iso(f) : null, to = to is { } t ? Iso(t) : null }, buffered: false)
            .Select(d => SitrepJson.Deserialize<ReferenceEvent>(d)!);

    /// <summary>What a row says, without where it was read: the same row from another file (or line) is unchanged.</summary>
    private static string Content(ReferenceEvent e) => SitrepJson.Serialize(e with { File = "", Line = 0 });

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? Date(string? s) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
