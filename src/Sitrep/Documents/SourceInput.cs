namespace Sitrep.Documents;

public enum SourceInputKind
{
    File,
    FoundInFolder,
    StandardInput,
    Missing,
}

/// <summary>One thing to read: a file (named, or found in a folder), standard input, or a path that does not exist.</summary>
public sealed record SourceInput(string Path, long Bytes, SourceInputKind Kind);
