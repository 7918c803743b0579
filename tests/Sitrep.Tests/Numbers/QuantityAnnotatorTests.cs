using Sitrep.Documents;
using Sitrep.Numbers;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Tests.Numbers;

public class QuantityAnnotatorTests
{
    private static readonly SitrepPipeline Pipeline = new PipelineBuilder()
        .Use(SentenceSplitter.Load(DataPack.Default))
        .Use(QuantityAnnotator.Load(DataPack.Default))
        .Build();

    private static List<Quantity> Quantities(string text) =>
        Pipeline.Process(Article.Create(text, "test")).Quantities;

    private static string Describe(Quantity q) =>
        q.Qualifier == QuantityQualifier.Exact ? $"{q.Value}" : $"{q.Value}[{q.Low}-{q.High}]{q.Qualifier}";

    [Theory]
    [InlineData("Police said 5,400 people fled the district.", "5400")]
    [InlineData("The group claimed it had 10,000,000 supporters.", "10000000")]
    [InlineData("A convoy of 7,423 vehicles crossed the border.", "7423")]
    [InlineData("Eight guards were on duty.", "8")]
    [InlineData("Thirty-seven men were detained.", "37")]
    [InlineData("Officials counted thirty seven bodies.", "37")]
    [InlineData("A dozen shops burned.", "12")]
    [InlineData("Two dozen houses were searched.", "24")]
    [InlineData("Two hundred families left.", "200")]
    [InlineData("Two hundred and fifty prisoners were freed.", "250")]
    [InlineData("A hundred elders met in the mosque.", "100")]
    [InlineData("Some 1.5 million refugees returned.", "1500000[1500000-1500000]About")]
    [InlineData("3 million voters took part.", "3000000")]
    [InlineData("Dozens of shops were closed.", "12[12-99]Vague")]
    [InlineData("Hundreds of families fled.", "100[100-999]Vague")]
    [InlineData("Thousands of people marched.", "1000[1000-9999]Vague")]
    [InlineData("Tens of thousands of people marched.", "10000[10000-99999]Vague")]
    [InlineData("Several checkpoints were overrun.", "3[3-9]Vague")]
    [InlineData("Many villagers fled.", "10[3-99]Vague")]
    [InlineData("Scores of homes were destroyed.", "20[20-99]Vague")]
    [InlineData("A few shops reopened.", "3[3-5]Vague")]
    [InlineData("Tens of families left.", "10[10-99]Vague")]
    [InlineData("Half a dozen trucks burned.", "6[6-6]Vague")]
    [InlineData("At least 8 guards died.", "8[8-8]AtLeast")]
    [InlineData("More than 2,300 soldiers served.", "2300[2300-2300]MoreThan")]
    [InlineData("Over 40 shops burned.", "40[40-40]MoreThan")]
    [InlineData("Nearly 3,500 troops served.", "3500[3500-3500]Nearly")]
    [InlineData("Up to 15 trucks were seized.", "15[15-15]UpTo")]
    [InlineData("About twenty men gathered.", "20[20-20]About")]
    [InlineData("As many as 60 fighters attacked.", "60[60-60]UpTo")]
    [InlineData("Between 20 and 30 fighters attacked.", "20[20-30]Range")]
    [InlineData("10 to 15 fighters attacked.", "10[10-15]Range")]
    [InlineData("Two or three shops burned.", "2[2-3]Range")]
    [InlineData("Witnesses saw 10-15 trucks.", "10[10-15]Range")]
    [InlineData("2000 soldiers were sent north.", "2000")]
    public void Reads_counts(string text, string expected) =>
        Assert.Equal(expected, string.Join(";", Quantities(text).Select(Describe)));

    [Theory]
    [InlineData("Donate 2,500 $ today.")]
    [InlineData("Donate $2,500 today.")]
    [InlineData("The deal cost 40 million dollars.")]
    [InlineData("Turnout fell to 25 percent.")]
    [InlineData("Turnout fell to 25%.")]
    [InlineData("The victim, aged 45, was a farmer.")]
    [InlineData("A 25-year-old farmer was found.")]
    [InlineData("He was 60 years old.")]
    [InlineData("The US invaded in 2001.")]
    [InlineData("Talks resumed in February 2020.")]
    [InlineData("The 2001 invasion changed everything.")]
    [InlineData("The attack began at 10:30 in the morning.")]
    [InlineData("The attack began at 3 p.m. local time.")]
    [InlineData("The siege lasted 20 weeks.")]
    [InlineData("The talks stalled for three weeks.")]
    [InlineData("The war lasted nineteen years.")]
    [InlineData("The base is 12 km from the city.")]
    [InlineData("On July 7, fighters attacked a post.")]
    [InlineData("On 3 February fighters attacked a post.")]
    [InlineData("During the night of August 13 to 14 gunmen attacked a post.")]
    [InlineData("Send to bc1qv7k70u2zynvem59u88ctdlaw7hc735d8xep9rq now.")]
    [InlineData("ETH: 0x3cbded43efdaf0fc77b9c55f6fc9988fcc9b757d")]
    [InlineData("No one was hurt.")]
    [InlineData("On the one hand, talks continue.")]
    [InlineData("The ninth round ended on the 29th.")]
    [InlineData("As many were killed in May as in June.")]
    [InlineData("Bombing rose seven times.")]
    public void Skips_numbers_that_are_not_counts(string text) =>
        Assert.Empty(Quantities(text));

    [Fact]
    public void Keeps_the_span_of_the_qualifier_and_the_number()
    {
        const string text = "Police said at least thirty-seven people were detained.";
        var q = Assert.Single(Quantities(text));
        Assert.Equal("at least thirty-seven", q.Text);
        Assert.Equal(q.Text, q.Span.Of(text));
        Assert.Equal("number.words", q.Rule);
    }
}
