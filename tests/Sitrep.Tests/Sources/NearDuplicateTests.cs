using Sitrep.Dedup;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Tests.Sources;

public class NearDuplicateTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sitrep-dup").FullName;

    private const string Wire = """
        KABUL (Wire) - A suicide car bomber struck a military base in the eastern province of Ghazni on Monday, killing at least eight soldiers and wounding 24 others, officials said.

        The attacker drove a vehicle packed with explosives into the gate of the base on the outskirts of Ghazni city early in the morning, provincial council member Hassan Rezayee said.

        Interior ministry spokesman Tariq Arian confirmed the attack but did not give casualty figures. The Taliban claimed responsibility in a statement posted on social media.

        The attack came days after government and Taliban negotiators resumed talks in Doha aimed at reducing violence.
        """;

    private static string Republished(string outlet) => $"""
        {outlet} staff report

        {Wire.Replace("KABUL (Wire) - ", "").Replace("early in the morning", "early on Monday morning")}

        Reporting by {outlet} correspondents; editing by the news desk.
        """;

    private const string Different = """
        Eight soldiers died when an explosives-laden vehicle was detonated at an army compound outside Ghazni, according to a local lawmaker, who said two dozen more were hurt. The Taliban said they carried out the bombing, which followed the restart of negotiations in Qatar.
        """;

    private Ingestor Ingestor(SqliteStore store) => new(new SitrepPipeline([]), SourceReader.Default(), store);

    [Fact]
    public void Republished_wire_story_scores_high_and_a_rewrite_low()
    {
        var original = MinHash.Of(Wire)!;
        Assert.True(original.Similarity(MinHash.Of(Republished("Valley Times"))!) >= LshBands.Threshold);
        Assert.True(original.Similarity(MinHash.Of(Different)!) < 0.2);
    }

    [Fact]
    public void Too_short_texts_get_no_signature() => Assert.Null(MinHash.Of("Eight soldiers were killed."));

    [Fact]
    public void Signature_roundtrips_through_bytes()
    {
        var signature = MinHash.Of(Wire)!;
        Assert.Equal(1.0, MinHash.FromBytes(signature.ToBytes()).Similarity(signature));
    }

    [Fact]
    public void Copies_are_linked_to_the_first_stored_and_a_rewrite_is_not()
    {
        File.WriteAllText(Path.Combine(_folder, "1_wire.txt"), Wire);
        File.WriteAllText(Path.Combine(_folder, "2_valley.txt"), Republished("Valley Times"));
        File.WriteAllText(Path.Combine(_folder, "3_other.txt"), Different);
        File.WriteAllText(Path.Combine(_folder, "4_frontier.txt"), Republished("Frontier Post"));
        using var store = SqliteStore.Open(Path.Combine(_folder, "dup.db"));
        var summary = Ingestor(store).Run([_folder]);

        Assert.Equal(4, summary.ArticlesStored);
        Assert.Equal([Path.Combine(_folder, "2_valley.txt"), Path.Combine(_folder, "4_frontier.txt")], summary.NearDuplicates.Select(d => d.Location));
        var originalId = ArticleId.For(Wire, null);
        Assert.All(summary.NearDuplicates, d => Assert.Equal(originalId, d.DuplicateOf));
        Assert.Equal(2, store.DuplicateLinks().Count);
    }

    /// <summary>A folder with the wire story and another with a republished copy, to ingest one after the other.</summary>
    private (string First, string Second) WireThenCopyFolders()
    {
        var first = Path.Combine(_folder, "first");
        var second = Path.Combine(_folder, "second");
        Directory.CreateDirectory(first);
        Directory.CreateDirectory(second);
        File.WriteAllText(Path.Combine(first, "wire.txt"), Wire);
        File.WriteAllText(Path.Combine(second, "copy.txt"), Republished("Valley Times"));
        return (first, second);
    }

    [Fact]
    public void A_copy_ingested_later_is_linked_to_the_stored_original()
    {
        var db = Path.Combine(_folder, "later.db");
        var (first, second) = WireThenCopyFolders();
        using (var store = SqliteStore.Open(db)) Assert.Empty(Ingestor(store).Run([first]).NearDuplicates);
        using (var store = SqliteStore.Open(db))
        {
            var link = Assert.Single(Ingestor(store).Run([second]).NearDuplicates);
            Assert.Equal(ArticleId.For(Wire, null), link.DuplicateOf);
            Assert.Single(store.DuplicateLinks());
        }
    }

    [Fact]
    public void A_store_made_before_the_lsh_table_gets_its_keys_and_links_later_copies()
    {
        var db = Path.Combine(_folder, "old.db");
        var (first, second) = WireThenCopyFolders();
        using (var store = SqliteStore.Open(db)) Ingestor(store).Run([first]);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False"))
        {
            connection.Open();
            using var downgrade = connection.CreateCommand();
            downgrade.CommandText = "DROP TABLE article_lsh; DROP TABLE ledger_mentions; DROP TABLE ledger_events; DROP TABLE ledger_decisions; DROP TABLE ledger_history; ALTER TABLE articles DROP COLUMN framing; UPDATE schema_version SET version = 4;"; // as a store of the build before (steps 1-4) stood
            downgrade.ExecuteNonQuery();
        }
        using (var store = SqliteStore.Open(db))
        {
            var link = Assert.Single(Ingestor(store).Run([second]).NearDuplicates);
            Assert.Equal(ArticleId.For(Wire, null), link.DuplicateOf);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
