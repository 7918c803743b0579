namespace Sitrep.Web;

/// <summary>A failure worth retrying: a timeout, a dropped connection, HTTP 408, 429 or 5xx.</summary>
internal sealed class TransientFetchException(string message) : Exception(message);
