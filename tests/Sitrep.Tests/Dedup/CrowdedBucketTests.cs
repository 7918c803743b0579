using Microsoft.Data.Sqlite;
using Sitrep.Dedup;
using Sitrep.Storage;
using Sitrep.Tests.Foundation;

namespace Sitrep.Tests.Dedup;

public class CrowdedBucketTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _files.Dispose();
    }

    private static MinHash Signature(int seed, Func<int, ulong?>? fixedAt = null)
    {
        var random = new Random(seed);
        var bytes = new byte[MinHash.Length * 8];
        for (var i = 0; i < MinHash.Length; i++)
            BitConverter.TryWriteBytes(bytes.AsSpan(i * 8), fixedAt?.Invoke(i) ?? (ulong)random.NextInt64());
        return MinHash.FromBytes(bytes);
    }

    [Fact]
    public void A_bucket_hundreds_of_articles_share_is_read_only_for_its_most_recent_members_and_a_copy_is_still_found_through_its_other_bands()
    {
        var path = _files.PathOf("crowded.db");
        using (SqliteStore.Open(path)) { }
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False;Foreign Keys=False"); // signatures only: no article rows
        connection.Open();
        using var tx = connection.BeginTransaction();
        using var linker = new NearDuplicateLinker(connection, tx, null);

        var original = Signature(1);
        Assert.Null(linker.Add("original", "in:1", original));
        // boilerplate: 200 unrelated articles whose first band equals the original's
        for (var i = 0; i < 200; i++)
            Assert.Null(linker.Add($"crowd-{i:000}", $"in:{i + 2}", Signature(100 + i, k => k < LshBands.Rows ? original.Values[k] : null)));

        // a republished copy: every seventh value differs (J = 55/64), the first band is the crowded one
        var copy = Signature(7, k => k % 7 == 6 ? null : original.Values[k]);
        var link = linker.Add("copy", "in:300", copy);

        Assert.Equal("original", link?.DuplicateOf);
        Assert.Equal(LshBands.ComparedPerBucket + 1, linker.LastCompared); // the crowd's most recent members and the original, not all 201
    }
}
