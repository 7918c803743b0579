using Microsoft.Data.Sqlite;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary>
/// The one line a user reads instead of a stack trace when the database or a file cannot be
/// used: what went wrong and with which file. Null for a failure that is a bug, which must
/// surface as one.
/// </summary>
public static class CliError
{
    public static string? Describe(Exception e, string database) => Unwrap(e) switch
    {
        StoreException store => store.Message,
        SqliteException { SqliteErrorCode: 26 } => $"{database} is not a SQLite database (or is encrypted or damaged); give another file with --db",
        SqliteException { SqliteErrorCode: 8 } => $"cannot write to {database}: the database is read-only; give a writable file with --db",
        SqliteException { SqliteErrorCode: 14 } => $"cannot open {database}: {Sqlite(e)}",
        SqliteException { SqliteErrorCode: 5 or 6 } => $"{database} is locked by another process; try again when it has finished",
        SqliteException { SqliteErrorCode: 11 } => $"{database} is damaged (SQLite: {Sqlite(e)})",
        SqliteException sqlite => $"database {database}: {Sqlite(sqlite)}",
        IOException or UnauthorizedAccessException or InvalidDataException => Unwrap(e).Message,
        _ => null,
    };

    private static string Sqlite(Exception e) => Unwrap(e).Message.TrimEnd('.');

    /// <summary>Work done on other threads reaches the command wrapped; the user needs the cause.</summary>
    private static Exception Unwrap(Exception e) =>
        e is AggregateException { InnerExceptions.Count: 1 } aggregate ? Unwrap(aggregate.InnerExceptions[0]) : e;
}
