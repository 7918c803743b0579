using System.Security.Cryptography;
using System.Text;
using Sitrep.Pipeline;

namespace Sitrep.Framing;

/// <summary>
/// Names the data a stored framing summary was made with: a hash of the summary's format and of
/// every file the framing reads (data/framing/*, the source registry, the speech verbs). A summary
/// with another version was made with other word lists, so the views frame that article again
/// from its text instead of showing a stale summary. Changes to the extraction rules outside these
/// files (casualties, actors) are not covered, as for the events stored at ingest.
/// </summary>
public sealed record FramingDataVersion(string Value)
{
    /// <summary>Raised when <see cref="StoredFramingSummary"/> or <see cref="ArticleFramingProfile"/> change shape.</summary>
    private const string Format = "framing-summary-1";

    public static FramingDataVersion Of(DataPack data) => data.Get(d =>
    {
        var files = new List<string>();
        foreach (var folder in new[] { "framing", "sources" })
        {
            var path = Path.Combine(d.Directory, folder);
            if (Directory.Exists(path)) files.AddRange(Directory.GetFiles(path).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)));
        }
        files.Add(d.PathOf("claims/speech_verbs.txt"));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(Format));
        foreach (var file in files.Select(Path.GetFullPath).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes("\n" + Path.GetRelativePath(d.Directory, file).Replace('\\', '/') + "\n"));
            hash.AppendData(File.ReadAllBytes(file));
        }
        return new FramingDataVersion(Convert.ToHexStringLower(hash.GetHashAndReset())[..16]);
    });
}
