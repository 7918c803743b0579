using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Time;
using static Sitrep.Tests.Time.TimeTestSupport;

namespace Sitrep.Tests.Time;

public class UndatedArticleTests
{
    private static UndatedArticle? Of(string text, string? published) =>
        UndatedArticle.Of(PipelineBuilder.Default().Process(Article.Create(text, "in.txt", published: Date(published))));

    [Fact]
    public void An_undated_article_with_relative_dates_is_reported_with_its_first_dates()
    {
        var undated = Of("Last week gunmen killed two guards in Herat. On Tuesday a bomb killed three in Khost. Yesterday a post fell.", null);
        Assert.NotNull(undated);
        Assert.Equal("in.txt", undated.Location);
        Assert.Equal(3, undated.Unresolved);
        Assert.Equal(["Last week", "Tuesday"], undated.Examples.Select(t => t.Text));
        Assert.True(undated.UndatedEvents > 0);
    }

    [Theory]
    [InlineData("Last week gunmen killed two guards in Herat.", "2020-03-05")] // a publication date resolves it
    [InlineData("On 7 July 2019 gunmen killed two guards in Herat.", null)] // nothing needed one
    [InlineData("Talks collapsed on 20 July 2019. On July 24, gunmen killed two guards in Herat.", null)] // the paragraph gave the year
    public void Articles_whose_dates_all_resolved_are_not_reported(string text, string? published) =>
        Assert.Null(Of(text, published));
}
