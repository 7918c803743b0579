using System.Text;
using Sitrep.Analysis;
using Sitrep.Framing;

namespace Sitrep.Tests.Framing;

public class OutletFramingTableTests
{
    private static OutletFramingRow Row(string outlet, double framed, long gov, long ins) =>
        new(outlet, null, "partisan, speaks for taliban", 3, framed, 1, 2, new Dictionary<string, int> { ["taliban"] = 2 },
            new Dictionary<string, long> { ["government"] = gov, ["insurgent"] = ins }, new Dictionary<string, int>(), gov + ins == 0 ? 0 : (double)(gov - ins) / (gov + ins));

    [Fact]
    public void Outlets_are_listed_most_framed_first_with_names_escaped()
    {
        var h = new StringBuilder();
        OutletFramingTable.Write(h, [Row("Wire <b>", 0.02, 5, 5), Row("Voice & Jihad", 0.4, 12, 0)]);
        var html = h.ToString();
        Assert.True(html.IndexOf("Voice &amp; Jihad", StringComparison.Ordinal) < html.IndexOf("Wire &lt;b&gt;", StringComparison.Ordinal));
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("<td class=\"n\">40%</td>", html);
        Assert.Contains("<td class=\"n\">12/0/0/0</td><td class=\"n\">+1.00</td>", html);
    }

    [Fact]
    public void A_period_without_articles_says_so()
    {
        var h = new StringBuilder();
        OutletFramingTable.Write(h, []);
        Assert.Contains("No stored article was published in this period.", h.ToString());
    }
}
