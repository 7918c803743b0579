using Sitrep.Actors;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Actors;

public class ActorAnnotatorTests
{
    private static readonly ActorAnnotator Annotator = ActorAnnotator.Load(DataPack.Default);
    private static ActorDictionary Dictionary => Annotator.Dictionary;

    private static List<(string Text, string Id, string Rule)> Find(string text) =>
        [.. Annotator.Find(text).Select(m => (m.Text, m.Actor.Id, m.Rule))];

    [Theory]
    [InlineData("Taliban fighters attacked the base.", "Taliban fighters", "taliban")]
    [InlineData("The Taleban said so.", "Taleban", "taliban")]
    [InlineData("Daesh claimed the attack.", "Daesh", "iskp")]
    [InlineData("ISKP fighters stormed a hospital.", "ISKP fighters", "iskp")]
    [InlineData("The Islamic State (Afghanistan) was blamed.", "Islamic State (Afghanistan)", "iskp")]
    [InlineData("The ANA and police responded.", "ANA", "military_af")]
    [InlineData("ANP officers were wounded.", "ANP", "police_af")]
    [InlineData("The ANDSF lost ground.", "ANDSF", "military_af")]
    [InlineData("The NDS arrested him.", "NDS", "nds")]
    [InlineData("The Afghan army held the town.", "Afghan army", "military_af")]
    [InlineData("Afghan special forces raided the compound.", "Afghan special forces", "special_forces_af")]
    [InlineData("Two policemen died.", "policemen", "police_af")]
    [InlineData("Arbakai members fled.", "Arbakai", "progov_militia_af")]
    [InlineData("The Afghan Local Police held out.", "Afghan Local Police", "police_af")] // an Interior Ministry force: ACLED codes it as police
    [InlineData("Resolute Support confirmed it.", "Resolute Support", "nato")]
    [InlineData("The Haqqani network was blamed.", "Haqqani network", "haqqani")]
    [InlineData("UNAMA published figures.", "UNAMA", "unama")]
    [InlineData("Pakistani Prime Minister Imran Khan spoke.", "Pakistani Prime Minister Imran Khan", "p_imran_khan")]
    [InlineData("Mullah Baradar travelled to Doha.", "Mullah Baradar", "p_baradar")]
    [InlineData("NATO Secretary General Jens Stoltenberg welcomed it.", "NATO Secretary General Jens Stoltenberg", "p_stoltenberg")]
    [InlineData("A US soldier was killed.", "US soldier", "us_forces")]
    [InlineData("The Government of Afghanistan rejected it.", "Government of Afghanistan", "government_af")]
    [InlineData("Unknown gunmen opened fire.", "Unknown gunmen", "unidentified_af")]
    [InlineData("Resistance fighters struck again.", "Resistance fighters", "unidentified_af")]
    public void Finds_the_longest_alias(string text, string mention, string id)
    {
        var found = Find(text);
        Assert.Contains(found, f => f.Text == mention && f.Id == id);
    }

    [Fact]
    public void Acronyms_match_only_in_capitals()
    {
        Assert.DoesNotContain(Find("Let us see what is done."), f => f.Id is "us_gov" or "iskp");
        Assert.Contains(Find("IS gunmen attacked."), f => f.Id == "iskp" && f.Rule == ActorAnnotator.AcronymRule);
    }

    [Fact]
    public void A_country_in_a_dateline_is_where_the_story_was_filed_not_an_actor()
    {
        Assert.DoesNotContain(Find("DOHA, Qatar (AP) - The United States and the Taliban signed a deal."), f => f.Text == "Qatar");
        Assert.Contains(Find("Qatar hosted the talks."), f => f.Text == "Qatar");
    }

    [Fact]
    public void A_name_that_ends_the_text_is_found()
    {
        // a text may stop right after a name, with no full stop: the look for a generic noun after it must stop at the end
        Assert.Contains(Find("The attack was claimed by the Taliban"), f => f.Id == "taliban");
        Assert.Contains(Find("Taliban"), f => f.Id == "taliban");
    }

    [Fact]
    public void A_shouted_headline_is_not_a_string_of_acronyms()
    {
        var found = Find("THE USA IS DETERMINED TO LEAVE");
        Assert.DoesNotContain(found, f => f.Id == "iskp");
        Assert.DoesNotContain(found, f => f.Id == "us_gov");
    }

    [Fact]
    public void Capital_after_a_place_preposition_is_a_place_not_an_actor()
    {
        Assert.DoesNotContain(Find("Trump met Imran Khan in Washington."), f => f.Text == "Washington");
        Assert.Contains(Find("Washington withdraws its last troops."), f => f.Text == "Washington" && f.Id == "us_gov");
        Assert.DoesNotContain(Find("The delegation flew to the US."), f => f.Id == "us_gov");
    }

    [Fact]
    public void Possessive_and_hyphenated_forms_expose_the_name()
    {
        Assert.Contains(Find("The Taliban’s campaign continued."), f => f.Text == "Taliban" && f.Id == "taliban");
        var found = Find("The US-Taliban deal was signed.");
        Assert.Contains(found, f => f.Id == "us_gov");
        Assert.Contains(found, f => f.Id == "taliban");
    }

    [Fact]
    public void Anti_and_pro_prefixes_describe_someone_else()
    {
        Assert.DoesNotContain(Find("Anti-Taliban militias gathered."), f => f.Id == "taliban");
    }

    [Fact]
    public void Generic_nouns_are_marked_with_their_own_rule()
    {
        var found = Find("Attackers killed two civilians and three soldiers.");
        Assert.Equal([("Attackers", "unidentified_af", ActorAnnotator.GenericRule), ("civilians", "civilians_af", ActorAnnotator.GenericRule),
            ("soldiers", "military_af", ActorAnnotator.GenericRule)], found);
    }

    [Fact]
    public void A_name_is_not_found_inside_a_longer_word()
    {
        Assert.DoesNotContain(Find("USAID funded the school."), f => f.Id == "us_gov");
        Assert.DoesNotContain(Find("The Islamist ANALYSIS"), f => f.Id == "military_af");
    }

    [Theory]
    [InlineData("Taliban", "taliban")]
    [InlineData("Taleban", "taliban")]
    [InlineData("Military Forces of Afghanistan (2014-2021)", "military_af")]
    [InlineData("Police Forces of Afghanistan (2014-2021)", "police_af")]
    [InlineData("Islamic State (Afghanistan)", "iskp")]
    [InlineData("Civilians (Afghanistan)", "civilians_af")]
    [InlineData("Unidentified Armed Group (Afghanistan)", "unidentified_af")]
    [InlineData("Government of Afghanistan", "government_af")]
    [InlineData("IS", "iskp")]
    [InlineData("Washington", "us_gov")]
    public void Resolves_names_of_other_datasets(string name, string id) =>
        Assert.Equal(id, Dictionary.Resolve(name)?.Id);

    [Fact]
    public void People_belong_to_their_organisation()
    {
        var pompeo = Dictionary.ById("p_pompeo")!;
        Assert.Equal("us_gov", pompeo.Parent);
        Assert.Equal("us_gov", Dictionary.Organisation(pompeo).Id);
        Assert.Equal("taliban", Dictionary.Organisation(Dictionary.ById("p_baradar")!).Id);
        Assert.True(Dictionary.IsSameOrPartOf(Dictionary.ById("nds")!, Dictionary.ById("government_af")!));
        Assert.False(Dictionary.IsSameOrPartOf(Dictionary.ById("taliban")!, Dictionary.ById("government_af")!));
    }

    [Fact]
    public void Every_parent_exists_and_every_actor_has_a_type()
    {
        Assert.All(Dictionary.Actors, a =>
        {
            if (a.Parent is not null) Assert.NotNull(Dictionary.ById(a.Parent));
            Assert.True(Enum.IsDefined(a.Type));
            Assert.NotEmpty(a.Aliases);
        });
        Assert.Equal(ActorType.RebelGroup, Dictionary.ById("taliban")!.Type);
        Assert.Equal(ActorType.Civilians, Dictionary.ById("civilians_af")!.Type);
        Assert.Equal(ActorType.ExternalForces, Dictionary.ById("nato")!.Type);
    }
}
