using Npgsql;

namespace Sitrep.Storage;

/// <summary>
/// What a <c>--db</c> value names: a SQLite file (any path), or a PostgreSQL database, given as a
/// URL (<c>postgres://user:password@host:5432/db?sslmode=require</c>) or as a connection string
/// (<c>Host=db;Database=sitrep;Username=...</c>, recognised by its Host key).
/// </summary>
public sealed record StoreLocation(StoreEngine Engine, string ConnectionString, string Display)
{
    public static bool IsPostgres(string db) => Parse(db).Engine == StoreEngine.Postgres;

    public static StoreLocation Parse(string db)
    {
        if (db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return FromUrl(db);
        if (LooksLikeConnectionString(db))
        {
            var builder = new NpgsqlConnectionStringBuilder(db);
            return new StoreLocation(StoreEngine.Postgres, builder.ConnectionString, DisplayOf(builder));
        }
        return new StoreLocation(StoreEngine.Sqlite, db, db);
    }

    // A file name may hold '=' or ';', but not "host=" followed by a value and a ';' or the end: a connection string's first key.
    private static bool LooksLikeConnectionString(string db) =>
        db.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Any(part => part.StartsWith("host=", StringComparison.OrdinalIgnoreCase) || part.StartsWith("server=", StringComparison.OrdinalIgnoreCase));

    private static StoreLocation FromUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
            throw new StoreException($"not a PostgreSQL URL: {Redacted(url)} (expected postgres://user:password@host:port/database)");
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host, Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port };
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0) builder.Database = database;
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':');
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0) builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
        }
        // Query parameters are Npgsql keywords (sslmode, pooling, timeout...): passed as they are, unknown ones refused by Npgsql.
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            if (eq <= 0) throw new StoreException($"not a PostgreSQL URL parameter: {pair} (expected key=value)");
            try { builder[Uri.UnescapeDataString(pair[..eq])] = Uri.UnescapeDataString(pair[(eq + 1)..]); }
            catch (ArgumentException e) { throw new StoreException($"not a PostgreSQL connection setting: {pair[..eq]} ({e.Message})"); }
        }
        return new StoreLocation(StoreEngine.Postgres, builder.ConnectionString, DisplayOf(builder));
    }

    /// <summary>host:port/database, never the password: what messages name.</summary>
    private static string DisplayOf(NpgsqlConnectionStringBuilder b) => $"{b.Host}:{b.Port}/{b.Database ?? b.Username}";

    private static string Redacted(string url) => url.Contains('@') ? "postgres://…@" + url[(url.LastIndexOf('@') + 1)..] : url;
}
