namespace Sitrep.Storage;

/// <summary>
/// A store that cannot be opened or written as asked: a missing database on a read, a missing
/// folder, a read-only file, a file that is not a database. The message is one line naming the file,
/// fit to print as it is.
/// </summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
