using System.Text;
using Sitrep.Documents;

namespace Sitrep.Tests.Sources;

public class CsvResyncTests
{
    private static List<ReadResult> Read(string csv) =>
        new CsvArticleReader().Read("in.csv", new MemoryStream(Encoding.UTF8.GetBytes(csv)), ReaderLimits.Default).ToList();

    [Fact]
    public void An_unterminated_quote_is_named_at_its_line_and_the_rows_around_it_survive()
    {
        var results = Read("""
            text,published
            "Gunmen attacked a checkpoint in Kunduz, killing four policemen.",2020-03-01
            "A roadside bomb struck a bus in Nangarhar,2020-03-02
            "Police said an attack on a convoy in Zabul killed 16 policemen.",2020-03-03
            """);
        Assert.Equal(3, results.Count);
        Assert.StartsWith("Gunmen attacked a checkpoint", results[0].Article!.Text);
        Assert.Equal("in.csv:3", results[1].Error!.Location);
        Assert.Equal("malformed CSV: unterminated quote at line 3", results[1].Error!.Reason);
        Assert.Equal("Police said an attack on a convoy in Zabul killed 16 policemen.", results[2].Article!.Text);
        Assert.Equal(new DateOnly(2020, 3, 3), results[2].Article!.Published);
        Assert.Equal("in.csv:4", results[2].Article!.Source);
    }

    [Fact]
    public void A_quote_open_on_the_last_row_is_named_and_the_rows_before_survive()
    {
        var results = Read("text\n\"First report of a clash in Faryab.\"\n\"Second report never closes its quote\n");
        Assert.Equal("First report of a clash in Faryab.", results[0].Article!.Text);
        Assert.Equal("malformed CSV: unterminated quote at line 3", Assert.Single(results.Skip(1)).Error!.Reason);
    }

    [Fact]
    public void Quoted_fields_keep_line_breaks_separators_and_doubled_quotes()
    {
        var results = Read("title,text\n\"Ambush, Uruzgan\",\"A convoy was ambushed.\n\nTwo drivers were \"\"lightly\"\" wounded, officials said.\"\nnext,Second row.\n");
        Assert.Equal("Ambush, Uruzgan", results[0].Article!.Title);
        Assert.Equal("A convoy was ambushed.\n\nTwo drivers were \"lightly\" wounded, officials said.", results[0].Article!.Text);
        Assert.Equal("in.csv:5", results[1].Article!.Source);
    }
}
