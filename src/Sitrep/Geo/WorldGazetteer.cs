namespace Sitrep.Geo;

/// <summary>The gazetteer with the world file, as its own data-pack resource (the pack caches one resource per type).</summary>
public sealed record WorldGazetteer(Gazetteer Gazetteer);
