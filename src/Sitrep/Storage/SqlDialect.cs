using System.Data.Common;
using Dapper;

namespace Sitrep.Storage;

/// <summary>
/// The few places where the SQL the stores share differs between SQLite and PostgreSQL. Every
/// other statement is written once, in the subset both engines read the same way (upserts with
/// ON CONFLICT, RETURNING, LIMIT/OFFSET).
/// </summary>
internal abstract class SqlDialect
{
    public static readonly SqlDialect Sqlite = new SqliteDialect();
    public static readonly SqlDialect Postgres = new PostgresDialect();

    /// <summary>An ASCII case-insensitive equality, as SQLite's NOCASE compares.</summary>
    public abstract string EqualsIgnoringCase(string column, string parameter);

    /// <summary>
    /// "column is one of the list parameter": Dapper expands a list into (@p1, @p2, ...) for SQLite,
    /// and passes it whole, as an array, to PostgreSQL.
    /// </summary>
    public abstract string In(string column, string listParameter);

    /// <summary>
    /// A FROM item listing the elements of a JSON array property of a text column, one row per
    /// element, as <paramref name="alias"/>; read a field of one with <see cref="JsonField"/>.
    /// </summary>
    public abstract string JsonElements(string column, string property, string alias);

    /// <summary>A text field of an element listed by <see cref="JsonElements"/>.</summary>
    public abstract string JsonField(string alias, string field);

    /// <summary>"feed\nkey", the key of a seen feed item.</summary>
    public abstract string FeedItemKey { get; }

    /// <summary>
    /// Begins a write transaction that holds the store's one writer lock until it ends, so that
    /// near-duplicate lookups and ledger fusion never interleave with another writer's: SQLite's
    /// BEGIN IMMEDIATE, PostgreSQL's transaction-scoped advisory lock.
    /// </summary>
    public abstract DbTransaction BeginWrite(DbConnection connection);

    private sealed class SqliteDialect : SqlDialect
    {
        public override string EqualsIgnoringCase(string column, string parameter) => $"{column} = {parameter} COLLATE NOCASE";
        public override string In(string column, string listParameter) => $"{column} IN {listParameter}";
        public override string JsonElements(string column, string property, string alias) => $"json_each({column}, '$.{property}') {alias}";
        public override string JsonField(string alias, string field) => $"json_extract({alias}.value, '$.{field}')";
        public override string FeedItemKey => "feed || char(10) || item_key";
        public override DbTransaction BeginWrite(DbConnection connection) => connection.BeginTransaction(); // BEGIN IMMEDIATE
    }

    private sealed class PostgresDialect : SqlDialect
    {
        // Text columns are COLLATE "C" (PostgresMigrations), under which lower() folds ASCII letters only, as NOCASE does.
        public override string EqualsIgnoringCase(string column, string parameter) => $"lower({column}) = lower({parameter})";
        public override string In(string column, string listParameter) => $"{column} = ANY({listParameter})";
        public override string JsonElements(string column, string property, string alias) => $"jsonb_array_elements({column}::jsonb -> '{property}') {alias}";
        public override string JsonField(string alias, string field) => $"({alias}.value ->> '{field}')";
        public override string FeedItemKey => "feed || chr(10) || item_key";

        public override DbTransaction BeginWrite(DbConnection connection)
        {
            var tx = connection.BeginTransaction();
            connection.Execute("SELECT pg_advisory_xact_lock(@key)", new { key = PostgresLocks.Writer }, tx);
            return tx;
        }
    }
}
