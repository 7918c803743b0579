using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Events;

/// <summary>
/// A toll told in the sentence after a fight, with no place of its own, that the extractor reads as a
/// placeless event of its own ("Forty attackers were killed and eleven captured"): its figures are the
/// counted fight's. Also who an armed group's statement names as its enemy, and an armed group's
/// outlet heading its statement with a dash. Sentences are written for these tests.
/// </summary>
public class TollOfToldFightTests
{
    private static readonly SitrepPipeline Pipeline = PipelineBuilder.Default();

    private static EventMention Counted(string text)
    {
        var doc = Pipeline.Process(Article.Create(text, "test", published: new DateOnly(2021, 9, 8)));
        var counted = doc.Events.Where(e => e.Counts).ToList();
        Assert.True(counted.Count == 1, $"expected one counted event, got: {string.Join("; ", doc.Events.Select(e => $"{e.EventType} [{e.TriggerText}] {e.Modality}"))}");
        return counted[0];
    }

    [Theory]
    // own dead beside a claim and a capture in the next sentence
    [InlineData("National Resistance Front statement: On Monday night our fighters repelled a Taliban assault in the Darah district of Panjshir. Thirty Taliban fighters were killed and nine captured; three resistance fighters were martyred.", 3)]
    // own dead after a capture of posts, beside surrenders
    [InlineData("Islamic Emirate statement: This morning the mujahideen overran five posts of the enemy in Dand district of Kandahar after heavy fighting. Many soldiers were killed, 11 surrendered, and two mujahideen were martyred.", 2)]
    public void A_placeless_toll_after_a_counted_fight_is_its_toll(string text, long best)
    {
        var fight = Counted(text);

        Assert.Equal(best, fight.Fatalities?.Best);
        Assert.Contains(fight.Evidence, e => e.Field == "fatalities" && e.Rule.EndsWith("+event.toll-of-told-fight", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fight_with_its_own_toll_keeps_it()
    {
        var fight = Counted("Gunmen attacked a police post in Nad Ali district of Helmand on Sunday, killing four policemen. Ten others were killed and captured, a witness said.");

        Assert.Equal(4, fight.Fatalities?.Best);
        Assert.DoesNotContain(fight.Evidence, e => e.Rule.EndsWith("+event.toll-of-told-fight", StringComparison.Ordinal));
    }

    [Fact]
    public void Dead_an_armed_group_calls_terrorists_are_its_claim_even_of_another_armed_group()
    {
        var raid = Counted("SDF General Command: On 4 May our units raided a hideout in Hajin town of Deir ez-Zor. Two terrorists were killed in the clash.");

        Assert.Equal((0L, 2L), (raid.Fatalities?.Best ?? 0, raid.Fatalities?.High ?? 0));
    }

    [Fact]
    public void A_civilian_and_the_kin_beside_him_are_both_an_armed_groups_accusation()
    {
        var strike = Counted("Saba (Sanaa): Enemy aircraft launched eight raids on Harib district of Marib on Tuesday. A shepherd and his brother were martyred when a raid hit their tent.");

        Assert.Equal(0, strike.Fatalities?.Best ?? 0);
        Assert.Equal(2, strike.Fatalities?.High);
    }

    [Fact]
    public void An_armed_groups_outlet_before_a_dash_speaks_the_statement()
    {
        var capture = Counted("Voice of Jihad - Khwaja Ghar district of Takhar has been conquered by the mujahideen after a fierce operation this morning. Dozens of soldiers of the puppet regime were killed.");

        Assert.Equal(0, capture.Fatalities?.Best ?? 0);
    }

    [Fact]
    public void A_datelines_dash_names_no_speaker()
    {
        var attack = Counted("TALOQAN - Taliban fighters attacked a police checkpoint in Khwaja Ghar district of Takhar on Monday, killing five policemen, officials said.");

        Assert.Equal(5, attack.Fatalities?.Best);
    }
}
