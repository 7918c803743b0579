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

/// <summary>From 15 August 2021 the Taliban are Afghanistan's government, as ACLED codes them. Sentences written for these tests.</summary>
public class ActorPeriodTests
{
    private static readonly SitrepPipeline Pipeline = new PipelineBuilder().UseDefaults(DataPack.Default).Build();

    private static List<string?> AcledNames(string text, DateOnly published) =>
        [.. Pipeline.Process(Article.Create(text, "test", published: published)).Actors.Select(a => a.Actor.AcledName)];

    [Theory]
    [InlineData("2021-09-20", "Military Forces of Afghanistan (2021-)")]
    [InlineData("2021-08-15", "Military Forces of Afghanistan (2021-)")]
    [InlineData("2021-08-14", "Taliban")]
    [InlineData("2020-03-01", "Taliban")]
    public void The_Taliban_are_the_state_forces_from_15_August_2021(string published, string expected) =>
        Assert.Contains(expected, AcledNames("Islamic State fighters attacked a Taliban checkpoint in Jalalabad on Saturday.", DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Afghan_police_after_the_takeover_are_the_Taliban_governments() =>
        Assert.Contains("Police Forces of Afghanistan (2021-)", AcledNames("Gunmen shot two policemen in Kabul on Monday.", new DateOnly(2022, 1, 10)));
}

/// <summary>Country-neutral names take the article's country; names that say "Afghan" do not. Sentences written for these tests.</summary>
public class NeutralNameLocalisationTests
{
    private static readonly SitrepPipeline Pipeline = new PipelineBuilder().UseDefaults(DataPack.Default).Build();

    private static List<string?> AcledNames(string text) =>
        [.. Pipeline.Process(Article.Create(text, "test", published: new DateOnly(2020, 5, 2))).Actors.Select(a => a.Actor.AcledName)];

    [Theory]
    [InlineData("Islamic State militants attacked an army post near Kirkuk, Iraq, on Friday.", "Islamic State (Iraq)")]
    [InlineData("Islamic State militants attacked a checkpoint in Deir ez-Zor, Syria, on Friday.", "Islamic State (Syria)")]
    [InlineData("Islamic State militants attacked a checkpoint in Jalalabad on Friday.", "Islamic State (Afghanistan)")]
    public void The_Islamic_State_is_coded_to_the_articles_country(string text, string expected) =>
        Assert.Contains(expected, AcledNames(text));
}
