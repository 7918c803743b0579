using System.Collections.Concurrent;

namespace Sitrep.Pipeline;

/// <summary>
/// The folder of versioned data files (gazetteer, lexicons, actors) that carry Sitrep's domain
/// knowledge. The shipped pack sits next to the binaries; <c>SITREP_DATA</c> or <c>--data</c>
/// points at a user's own. Each resource is parsed once and shared.
/// </summary>
public sealed class DataPack
{
    private readonly ConcurrentDictionary<Type, Lazy<object>> _resources = new();

    public DataPack(string directory)
    {
        if (!System.IO.Directory.Exists(directory))
            throw new DirectoryNotFoundException($"data pack folder not found: {directory}");
        Directory = Path.GetFullPath(directory);
    }

    public string Directory { get; }

    private static readonly Lazy<DataPack> Shipped = new(() => new DataPack(
        Environment.GetEnvironmentVariable("SITREP_DATA") is { Length: > 0 } fromEnv
            ? fromEnv
            : Path.Combine(AppContext.BaseDirectory, "data")));

    /// <summary>The pack named by <c>SITREP_DATA</c>, else the one shipped beside the binaries.</summary>
    public static DataPack Default => Shipped.Value;

    public string PathOf(string relativePath)
    {
        var path = Path.Combine(Directory, relativePath);
        if (!File.Exists(path))
            throw new FileNotFoundException($"data file missing from the data pack {Directory}: {relativePath}", path);
        return path;
    }

    /// <summary>Non-blank lines of a data file, with "#" comment lines and trailing whitespace removed.</summary>
    public IEnumerable<string> ReadLines(string relativePath) =>
        File.ReadLines(PathOf(relativePath))
            .Select(line => line.TrimEnd())
            .Where(line => line.Length > 0 && !line.StartsWith('#'));

    /// <summary>A parsed resource, loaded on first use and shared by every thread afterwards.</summary>
    public T Get<T>(Func<DataPack, T> load) where T : class =>
        (T)_resources.GetOrAdd(typeof(T), _ => new Lazy<object>(() => load(this))).Value;
}
