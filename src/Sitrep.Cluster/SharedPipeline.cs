using System.Collections.Concurrent;
using Sitrep.Pipeline;

namespace Sitrep.Cluster;

/// <summary>
/// One pipeline per data pack in a process: it is thread-safe and costly to load, and a process
/// may host several silos (the tests' cluster does).
/// </summary>
public static class SharedPipeline
{
    private static readonly ConcurrentDictionary<string, Lazy<SitrepPipeline>> Loaded = new(StringComparer.Ordinal);

    public static SitrepPipeline For(DataPack data) =>
        Loaded.GetOrAdd(data.Directory, _ => new Lazy<SitrepPipeline>(() => PipelineBuilder.Default(data))).Value;
}
