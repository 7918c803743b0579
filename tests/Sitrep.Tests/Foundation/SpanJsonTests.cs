using System.Text.Json;
using Sitrep.Serialization;
using Sitrep.Text;

namespace Sitrep.Tests.Foundation;

public class SpanJsonTests
{
    private sealed record Holder(Span Span, Span? Speaker, IReadOnlyList<Span> Parts);

    [Fact]
    public void A_span_is_written_as_its_start_and_end_and_read_back()
    {
        var holder = new Holder(new Span(3, 17), null, [new Span(0, 2), new Span(5, 9)]);

        var json = SitrepJson.Serialize(holder);

        Assert.Equal("""{"span":{"start":3,"end":17},"parts":[{"start":0,"end":2},{"start":5,"end":9}]}""", json);
        var back = SitrepJson.Deserialize<Holder>(json)!;
        Assert.Equal(holder.Span, back.Span);
        Assert.Null(back.Speaker);
        Assert.Equal(holder.Parts, back.Parts);
    }

    [Fact]
    public void Reading_takes_the_fields_in_any_order_and_skips_others()
    {
        Assert.Equal(new Span(4, 9), SitrepJson.Deserialize<Span>("""{"end":9,"length":5,"start":4}"""));
        Assert.Throws<JsonException>(() => SitrepJson.Deserialize<Span>("[4,9]"));
    }
}
