namespace Sitrep.Web;

/// <summary>A fetched response body (decompressed, within the size cap), its content type and the URL it finally came from.</summary>
public sealed record FetchedPage(Uri Url, string? ContentType, byte[] Body);
