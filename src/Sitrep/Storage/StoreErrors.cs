using Microsoft.Data.Sqlite;

namespace Sitrep.Storage;

/// <summary>Turns what SQLite says when a store cannot be opened into a one-line <see cref="StoreException"/> naming the file.</summary>
internal static class StoreErrors
{
    // SQLite's primary result codes (the low byte of an extended code).
    private const int Busy = 5;
    private const int ReadOnly = 8;
    private const int IoError = 10;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CantOpen = 14;
    private const int NotADatabase = 26;

    public static StoreException ReadOnlyFile(string path) =>
        new($"{path} is read-only: cannot write to this database (check the file's and its folder's permissions)");

    public static StoreException Opening(string path, SqliteException e) => new((e.SqliteErrorCode & 0xFF) switch
    {
        ReadOnly => ReadOnlyFile(path).Message,
        NotADatabase => $"{path} is not a SQLite database (file is not a database)",
        Corrupt => $"{path} is a corrupt database: {OneLine(e)}",
        CantOpen => $"cannot open database {path}: {OneLine(e)}",
        Busy => $"database {path} is locked by another process; try again when it is done",
        Full => $"cannot write database {path}: the disk is full",
        IoError => $"cannot read or write database {path}: {OneLine(e)}",
        _ => $"cannot open database {path}: {OneLine(e)}",
    }, e);

    private static string OneLine(SqliteException e) => e.Message.ReplaceLineEndings(" ");
}
