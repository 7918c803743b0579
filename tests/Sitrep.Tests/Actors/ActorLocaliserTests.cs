using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Actors;

/// <summary>Generic nouns in an article about another country are that country's actors. Sentences written for these tests.</summary>
public class ActorLocaliserTests
{
    private static readonly SitrepPipeline Pipeline = new PipelineBuilder().UseDefaults(DataPack.Default).Build();

    private static List<string?> AcledNames(string text) =>
        [.. Pipeline.Process(Article.Create(text, "test", published: new DateOnly(2021, 3, 2))).Actors
            .Select(a => a.Actor.AcledName)];

    [Theory]
    [InlineData("Gunmen killed 7 villagers in Zurmi, Zamfara state, Nigeria, on Monday.", "Civilians (Nigeria)", "Unidentified Armed Group (Nigeria)")]
    [InlineData("Soldiers clashed with militants near Mopti, Mali, on Monday.", "Military Forces of Mali (2021-)", "Unidentified Armed Group (Mali)")]
    [InlineData("Police fired on protesters in Baghdad, Iraq, on Monday.", "Police Forces of Iraq (2014-)", "Protesters (Iraq)")]
    public void Generic_nouns_take_the_country_of_the_articles_places(string text, string first, string second)
    {
        var names = AcledNames(text);
        Assert.Contains(first, names);
        Assert.Contains(second, names);
    }

    [Theory]
    [InlineData("Gunmen killed 7 villagers in Kunduz on Monday.")]
    // a country named as an actor does not move the article abroad
    [InlineData("A US air strike in Imam Sahib district of Kunduz killed 5 civilians, US forces said.")]
    public void Afghan_articles_keep_Afghan_generic_actors(string text)
    {
        var names = AcledNames(text);
        Assert.Contains("Civilians (Afghanistan)", names);
        Assert.DoesNotContain(names, n => n is not null && n.StartsWith("Civilians (", StringComparison.Ordinal) && n != "Civilians (Afghanistan)");
    }
}
