namespace Sitrep.Documents;

public enum SourceInputKind
{
    File,
    FoundInFolder,
    StandardInput,
    /// <summary>An http(s) URL, fetched when fetching is enabled.</summary>
    Url,
    Missing,
}

/// <summary>One thing to read: a file (named, or found in a folder), standard input, a URL, or a path that does not exist.</summary>
public sealed record SourceInput(string Path, long Bytes, SourceInputKind Kind);
