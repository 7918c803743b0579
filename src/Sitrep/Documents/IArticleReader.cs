namespace Sitrep.Documents;

/// <summary>Reads one kind of input into articles. Bad input becomes <see cref="ReadResult.Fail"/>, never an exception.</summary>
public interface IArticleReader
{
    /// <summary>Whether this reader handles files with this extension (lower-case, with the dot).</summary>
    bool Handles(string extension);

    IEnumerable<ReadResult> Read(string location, Stream content, ReaderLimits limits);
}
