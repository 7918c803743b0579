namespace Sitrep.Documents;

/// <summary>What a fetched body or piped input holds, as far as choosing a reader goes.</summary>
public enum ContentKind
{
    Text,
    Html,
    Feed,
    JsonLines,
}
