using System.Security.Cryptography;
using Sitrep.Pipeline;

namespace Sitrep.Geo;

/// <summary>
/// Keeps each loaded gazetteer's <see cref="GazetteerImage"/> in the user's cache folder, named by a
/// hash of the data files it was built from and of the image layout, so that a later process reads
/// the image instead of building the gazetteer again, and a changed data file or a new layout is
/// never read from a stale image. The folder is <c>SITREP_CACHE</c> (<c>off</c> turns the cache
/// off), else <c>$XDG_CACHE_HOME/sitrep</c>, else <c>~/.cache/sitrep</c>. A cache that cannot be
/// read or written is passed over: the gazetteer is built from its files as without one.
/// One image is kept per data-pack folder and gazetteer; a new one replaces the older.
/// </summary>
internal static class GazetteerCache
{
    public const string Variable = "SITREP_CACHE";

    /// <summary>
    /// Smaller sources are built as fast as their image is read (about 0.1 s per MB of rows to
    /// build), so they are not cached: a test's or a user's small pack leaves no files behind.
    /// </summary>
    public const long MinimumSourceBytes = 512 * 1024;

    private static readonly byte[] Magic = "SITREPGZ"u8.ToArray();

    public static Gazetteer GetOrBuild(DataPack data, string label, IReadOnlyList<string> files, Func<Gazetteer> build) =>
        GetOrBuild(data, label, files, build, Folder());

    /// <param name="folder">The cache folder (<see cref="Folder"/>), null for none.</param>
    internal static Gazetteer GetOrBuild(DataPack data, string label, IReadOnlyList<string> files, Func<Gazetteer> build, string? folder)
    {
        if (folder is null || files.Sum(f => new FileInfo(data.PathOf(f)).Length) < MinimumSourceBytes) return build();
        var prefix = $"gazetteer-{label}-{Hex(System.Text.Encoding.UTF8.GetBytes(data.Directory))[..8]}-";
        string path;
        try { path = Path.Combine(folder, $"{prefix}{SourceHash(data, files)}.bin"); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return build(); }
        if (TryRead(path) is { } cached) return new Gazetteer(cached);
        var built = build();
        TryWrite(path, built.Parts, prefix);
        return built;
    }

    /// <summary>The cache folder, or null when the cache is off or there is no home to put it in.</summary>
    public static string? Folder()
    {
        var own = Environment.GetEnvironmentVariable(Variable);
        if (own is "off" or "0" or "none") return null;
        if (!string.IsNullOrEmpty(own)) return own;
        if (Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg) return Path.Combine(xdg, "sitrep");
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile, Environment.SpecialFolderOption.DoNotVerify);
        return home.Length > 0 ? Path.Combine(home, ".cache", "sitrep") : null;
    }

    /// <summary>The first 16 hex digits of a hash over the image layout's version and each file's name and bytes.</summary>
    private static string SourceHash(DataPack data, IReadOnlyList<string> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(BitConverter.GetBytes(GazetteerImage.Version));
        foreach (var file in files)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(file + "\0"));
            hash.AppendData(File.ReadAllBytes(data.PathOf(file)));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>
    /// The image's parts, or null when there is none or it is damaged: the file is the magic
    /// bytes, the payload's SHA-256 and the payload, so a torn or altered file is never half read.
    /// </summary>
    private static GazetteerParts? TryRead(string path)
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
        var header = Magic.Length + SHA256.HashSizeInBytes;
        if (bytes.Length < header || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic)) return null;
        var payload = bytes.AsMemory(header);
        if (!SHA256.HashData(payload.Span).AsSpan().SequenceEqual(bytes.AsSpan(Magic.Length, SHA256.HashSizeInBytes))) return null;
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, header, bytes.Length - header, writable: false));
            return GazetteerImage.Read(reader);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or ArgumentException or FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// Writes the image beside its final name and renames it into place, so that a process reading
    /// at the same moment sees the whole old file or the whole new one; older images with the same
    /// prefix (gazetteer and pack folder) are removed.
    /// </summary>
    private static void TryWrite(string path, GazetteerParts parts, string prefix)
    {
        if (parts.Trie.Frozen is null) return;
        var folder = Path.GetDirectoryName(path)!;
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(folder);
            var payload = new MemoryStream();
            using (var writer = new BinaryWriter(payload, System.Text.Encoding.UTF8, leaveOpen: true)) GazetteerImage.Write(parts, writer);
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                file.Write(Magic);
                file.Write(SHA256.HashData(payload.GetBuffer().AsSpan(0, (int)payload.Length)));
                file.Write(payload.GetBuffer().AsSpan(0, (int)payload.Length));
            }
            File.Move(temporary, path, overwrite: true);
            foreach (var old in Directory.EnumerateFiles(folder, $"{prefix}*.bin"))
                if (old != path) File.Delete(old);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { File.Delete(temporary); } catch (IOException) { } // a cache we cannot write is no error
        }
    }
}
