using Sitrep.Ledger;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Ledger;

public class SourceRegistryTests
{
    private readonly SourceRegistry _shipped = SourceRegistry.Load(DataPack.Default);

    [Fact]
    public void Outlets_are_found_by_name_alias_and_domain()
    {
        Assert.Equal("reuters", _shipped.Find("Reuters", null).Id);
        Assert.Equal("ap", _shipped.Find("The Associated Press", null).Id);
        Assert.Equal("bbc", _shipped.Find(null, "https://news.bbc.co.uk/world/1").Id);
        Assert.Equal(SourceKind.Unknown, _shipped.Find("Some Blog", "https://blog.invalid/x").Kind);
    }

    [Fact]
    public void A_partys_outlet_and_a_partys_claimant_say_which_party_speaks()
    {
        Assert.Equal(("government_af", SourceKind.Party), (_shipped.Find("Ministry of Defence", null).Party, _shipped.Find("Ministry of Defence", null).Kind));
        Assert.Equal("taliban", _shipped.Claimant("Taliban spokesman Zabihullah Mujahid")?.Party);
        Assert.Null(_shipped.Claimant("a provincial council member"));
        Assert.Equal("taliban", _shipped.Find("Taliban spokesman statement", null).Party); // a party's voice inside an unknown name
    }

    [Fact]
    public void A_later_entry_replaces_an_earlier_one_with_the_same_id()
    {
        var registry = new SourceRegistry(
        [
            .. SourceRegistry.Parse("a.tsv", ["x\tX Wire\twire\t\tXW\tx.example"]),
            .. SourceRegistry.Parse("b.tsv", ["x\tX Wire\tpartisan\ttaliban\tXW\tx.example"]),
        ]);
        Assert.Equal((SourceKind.Partisan, "taliban"), (registry.Find("XW", null).Kind, registry.Find("XW", null).Party));
    }

    [Fact]
    public void A_bad_line_is_an_error_naming_file_and_line()
    {
        var e = Assert.Throws<FormatException>(() => SourceRegistry.Parse("mine.tsv", ["# comment", "x\tX\tblog"]).ToList());
        Assert.StartsWith("mine.tsv:2:", e.Message);
        Assert.Contains("unknown kind \"blog\"", e.Message);
    }
}
