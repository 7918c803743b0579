namespace Sitrep.Web;

/// <summary>A fetch that failed for good (after retries), with a reason a user can act on.</summary>
public sealed class FetchException(string message, Exception? inner = null) : Exception(message, inner);
