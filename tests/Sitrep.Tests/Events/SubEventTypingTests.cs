using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Events;

/// <summary>
/// One-event news sentences written for these tests, run through the whole default pipeline: the
/// ACLED sub-event type a coder would give, for wordings that mislead a trigger read alone.
/// </summary>
public class SubEventTypingTests
{
    private static readonly SitrepPipeline Pipeline = PipelineBuilder.Default();

    private static EventMention Single(string text)
    {
        var doc = Pipeline.Process(Article.Create(text, "test", published: new DateOnly(2021, 7, 10)));
        var counted = doc.Events.Where(e => e.Counts).ToList();
        Assert.True(counted.Count == 1, $"expected one counted event, got: {string.Join("; ", doc.Events.Select(e => $"{e.SubEventType} [{e.TriggerText}] {e.Modality}"))}");
        return counted[0];
    }

    [Theory]
    // a determiner after a capitalised dateline still makes "bomb" a noun
    [InlineData("JALALABAD - A bomb hidden in a cart exploded near a bus in Jalalabad city on Monday, killing two passengers, police said.", "Remote explosive/landmine/IED")]
    [InlineData("MEHTAR LAM - Afghan commandos took back the centre of Dawlat Shah district in Laghman on Friday, the governor's office said.", "Government regains territory")]
    // nobody named as taking it: driving the insurgents out is the government's doing
    [InlineData("The centre of Bala Buluk district in Farah was cleared of Taliban insurgents on Thursday, the interior ministry said.", "Government regains territory")]
    [InlineData("The centre of Jaghatu district came under Taliban control on Tuesday after government forces pulled out, residents said.", "Non-violent transfer of territory")]
    [InlineData("Police in Kamdesh district of Nuristan handed the district headquarters to the Taliban on Monday, local elders said.", "Non-violent transfer of territory")]
    [InlineData("A shopkeeper's son was snatched by armed men in Pul-e Alam city on Wednesday, Logar police said.", "Abduction/forced disappearance")]
    // a battle in the sentence: the guards who fled had fought
    [InlineData("The Taliban took control of Torghundi on Sunday after a brief battle with border police, many of whom fled, officials said.", "Non-state actor overtakes territory")]
    [InlineData("Police opened fire on a crowd protesting against power cuts in Mahmud Raqi on Saturday, killing two, officials said.", "Excessive force against protesters")]
    [InlineData("NDS forces seized a big cache of explosives in a house in Dehrawud district on Monday, the governor's office said.", "Disrupted weapons use")]
    // police taken when their post falls are part of the battle, not abducted civilians
    [InlineData("Taliban fighters overran a police checkpoint in Qaisar district on Friday night, killing four policemen and taking two others captive, officials said.", "Armed clash")]
    [InlineData("Gunmen shot dead a radio reporter outside his home in Ghazni city on Sunday, his colleagues said.", "Attack")]
    public void A_news_sentence_gets_the_coders_sub_event_type(string text, string subEventType)
    {
        Assert.Equal(subEventType, Single(text).SubEventType);
    }

    [Fact]
    public void Came_under_their_control_names_who_took_it()
    {
        var transfer = Single("The centre of Jaghatu district came under Taliban control on Tuesday after government forces pulled out, residents said.");

        Assert.Equal("Taliban", transfer.Agent?.ActorName);
    }

    [Fact]
    public void People_held_captive_are_a_state_and_their_relatives_gathering_is_a_peaceful_protest()
    {
        var protest = Single("Relatives of policemen held captive for months gathered outside the governor's office in Pul-e Khumri on Wednesday.");

        Assert.Equal("Peaceful protest", protest.SubEventType);
    }

    [Fact]
    public void An_air_strike_on_an_insurgent_gathering_is_no_protest()
    {
        var strike = Single("Afghan Air Force jets struck a Taliban gathering in Khanabad district on Monday, killing 12 insurgents, the defence ministry said.");

        Assert.Equal("Air/drone strike", strike.SubEventType);
    }
}
