using Sitrep.Geo;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Geo;

public sealed class GazetteerCacheTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("sitrep-cache-test-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static readonly DataPack Shipped = DataPack.Default;

    private static Gazetteer BuildWorld(DataPack d) => new(
        d.ReadLines(Gazetteer.PlacesFile).Concat(d.ReadLines(Gazetteer.WorldPlacesFile)), d.ReadLines(Gazetteer.StopListFile));

    private static Gazetteer BuildMain(DataPack d) => new(d.ReadLines(Gazetteer.PlacesFile), d.ReadLines(Gazetteer.StopListFile));

    private static Gazetteer RoundTrip(Gazetteer g)
    {
        var bytes = new MemoryStream();
        using (var w = new BinaryWriter(bytes, System.Text.Encoding.UTF8, leaveOpen: true)) GazetteerImage.Write(g.Parts, w);
        bytes.Position = 0;
        using var r = new BinaryReader(bytes);
        return new Gazetteer(GazetteerImage.Read(r));
    }

    [Fact]
    public void The_image_restores_the_world_gazetteer_table_for_table()
    {
        var built = BuildWorld(Shipped);
        var read = RoundTrip(built);
        var (a, b) = (built.Parts, read.Parts);

        Assert.Equal(a.Places, b.Places);
        Assert.Equal(a.ById.Select(e => (e.Key, e.Value.Id)), b.ById.Select(e => (e.Key, e.Value.Id)));
        Assert.Equal(a.FuzzyNames, b.FuzzyNames);
        Assert.Equal(a.Demonyms.Select(e => (e.Key, e.Value.Id)), b.Demonyms.Select(e => (e.Key, e.Value.Id)));
        Assert.Equal(a.StopFolds, b.StopFolds);
        var (ta, tb) = (a.Trie.Frozen!.Value, b.Trie.Frozen!.Value);
        Assert.Equal(ta.NodeCount, tb.NodeCount);
        Assert.True(ta.Edges.Slots.SequenceEqual(tb.Edges.Slots));
        for (var node = 0; node < ta.NodeCount; node++)
        {
            Assert.Equal(ta.Names[node]?.Names, tb.Names[node]?.Names);
            Assert.Equal(ta.Names[node]?.Checks, tb.Names[node]?.Checks);
        }
    }

    [Theory]
    [InlineData("Cabo Delgado")]
    [InlineData("Kandahar")]
    [InlineData("Qandahar")]  // romanisation tolerance
    [InlineData("Mogadishu")]
    [InlineData("Kandaharr")] // one edit away: the deletion index, built from the restored names
    [InlineData("Voice of America")]
    public void A_restored_gazetteer_resolves_names_as_the_built_one(string name)
    {
        var built = GeoFixture.Gazetteer;
        var read = RoundTrip(BuildMain(Shipped));
        Assert.Equal(built.Resolve(name).Select(p => p.Id), read.Resolve(name).Select(p => p.Id));
        Assert.Equal(built.ByDemonym("Pakistani")?.Id, read.ByDemonym("Pakistani")?.Id);
    }

    [Fact]
    public void A_second_load_reads_the_image_the_first_wrote()
    {
        var builds = 0;
        Gazetteer Build() { builds++; return BuildMain(Shipped); }

        var first = GazetteerCache.GetOrBuild(Shipped, "main", [Gazetteer.PlacesFile, Gazetteer.StopListFile], Build, _folder.FullName);
        var image = Assert.Single(_folder.GetFiles("gazetteer-main-*.bin"));
        var second = GazetteerCache.GetOrBuild(Shipped, "main", [Gazetteer.PlacesFile, Gazetteer.StopListFile], Build, _folder.FullName);

        Assert.Equal(1, builds);
        Assert.Equal(first.Places, second.Places);
        Assert.Equal(image.FullName, Assert.Single(_folder.GetFiles()).FullName); // no temporary file left
    }

    [Theory]
    [InlineData(0)]      // the magic bytes
    [InlineData(20)]     // the payload's hash
    [InlineData(-1000)]  // inside the payload, near its end
    public void A_damaged_image_is_built_again_and_replaced(int at)
    {
        var builds = 0;
        Gazetteer Build() { builds++; return BuildMain(Shipped); }
        string[] files = [Gazetteer.PlacesFile, Gazetteer.StopListFile];
        GazetteerCache.GetOrBuild(Shipped, "main", files, Build, _folder.FullName);
        var image = Assert.Single(_folder.GetFiles()).FullName;
        var bytes = File.ReadAllBytes(image);
        bytes[at >= 0 ? at : bytes.Length + at] ^= 0x5A;
        File.WriteAllBytes(image, bytes);

        var again = GazetteerCache.GetOrBuild(Shipped, "main", files, Build, _folder.FullName);
        Assert.Equal(2, builds);
        Assert.Equal(GeoFixture.Gazetteer.Places, again.Places);
        GazetteerCache.GetOrBuild(Shipped, "main", files, Build, _folder.FullName);
        Assert.Equal(2, builds); // the rewritten image reads
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.5)]
    [InlineData(0.99)]
    public void Reading_a_cut_image_fails_as_bad_data_not_otherwise(double kept)
    {
        var bytes = new MemoryStream();
        using (var w = new BinaryWriter(bytes, System.Text.Encoding.UTF8, leaveOpen: true)) GazetteerImage.Write(BuildMain(Shipped).Parts, w);
        var cut = bytes.ToArray()[..(int)(bytes.Length * kept)];
        using var r = new BinaryReader(new MemoryStream(cut));
        var e = Record.Exception(() => GazetteerImage.Read(r));
        Assert.True(e is InvalidDataException or EndOfStreamException, e?.ToString() ?? "no exception");
    }

    [Fact]
    public void A_truncated_image_is_passed_over()
    {
        var builds = 0;
        Gazetteer Build() { builds++; return BuildMain(Shipped); }
        string[] files = [Gazetteer.PlacesFile, Gazetteer.StopListFile];
        GazetteerCache.GetOrBuild(Shipped, "main", files, Build, _folder.FullName);
        var image = Assert.Single(_folder.GetFiles()).FullName;
        var bytes = File.ReadAllBytes(image);
        File.WriteAllBytes(image, bytes[..(bytes.Length / 2)]);

        Assert.NotEmpty(GazetteerCache.GetOrBuild(Shipped, "main", files, Build, _folder.FullName).Places);
        Assert.Equal(2, builds);
    }

    [Fact]
    public void A_changed_data_file_gets_a_new_image_and_the_old_one_goes()
    {
        var pack = PackWith(File.ReadAllText(Shipped.PathOf(Gazetteer.PlacesFile)));
        string[] files = [Gazetteer.PlacesFile, Gazetteer.StopListFile];
        GazetteerCache.GetOrBuild(pack, "main", files, () => BuildMain(pack), _folder.FullName);
        var before = Assert.Single(_folder.GetFiles()).Name;

        File.AppendAllText(pack.PathOf(Gazetteer.PlacesFile), "TEST-1\tPopulatedPlace\tZzyzxville\tAF\t\t\t\t\t34.5\t69.1\t0\ttest\t\t\t\t\n");
        var changed = GazetteerCache.GetOrBuild(pack, "main", files, () => BuildMain(pack), _folder.FullName);

        Assert.NotEqual(before, Assert.Single(_folder.GetFiles()).Name);
        Assert.Equal("TEST-1", changed.Resolve("Zzyzxville").Single().Id);
    }

    [Fact]
    public void A_small_gazetteer_is_not_cached()
    {
        var pack = PackWith("TEST-1\tPopulatedPlace\tZzyzxville\tAF\t\t\t\t\t34.5\t69.1\t0\ttest\t\t\t\t\n");
        var g = GazetteerCache.GetOrBuild(pack, "main", [Gazetteer.PlacesFile, Gazetteer.StopListFile], () => BuildMain(pack), _folder.FullName);
        Assert.Single(g.Places);
        Assert.Empty(_folder.GetFiles());
    }

    [Fact]
    public void A_cache_folder_that_cannot_be_made_is_passed_over()
    {
        var blocked = Path.Combine(_folder.FullName, "a-file");
        File.WriteAllText(blocked, "not a folder");
        var g = GazetteerCache.GetOrBuild(Shipped, "main", [Gazetteer.PlacesFile, Gazetteer.StopListFile], () => BuildMain(Shipped), blocked);
        Assert.NotEmpty(g.Places);
    }

    [Fact]
    public void The_cache_can_be_turned_off_or_moved()
    {
        var before = Environment.GetEnvironmentVariable(GazetteerCache.Variable);
        try
        {
            Environment.SetEnvironmentVariable(GazetteerCache.Variable, "off");
            Assert.Null(GazetteerCache.Folder());
            Environment.SetEnvironmentVariable(GazetteerCache.Variable, _folder.FullName);
            Assert.Equal(_folder.FullName, GazetteerCache.Folder());
        }
        finally { Environment.SetEnvironmentVariable(GazetteerCache.Variable, before); }
    }

    /// <summary>A data pack of its own: these places and the shipped stop list.</summary>
    private DataPack PackWith(string places)
    {
        var root = _folder.CreateSubdirectory("pack-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root.FullName, "geo"));
        File.WriteAllText(Path.Combine(root.FullName, Gazetteer.PlacesFile), places);
        File.Copy(Shipped.PathOf(Gazetteer.StopListFile), Path.Combine(root.FullName, Gazetteer.StopListFile));
        return new DataPack(root.FullName);
    }
}
