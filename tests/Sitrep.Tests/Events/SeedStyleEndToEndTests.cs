using Sitrep.Events;
using Sitrep.Pipeline;
using static Sitrep.Tests.Events.EventTestKit;

namespace Sitrep.Tests.Events;

/// <summary>
/// Whole articles written for these tests in the style of the five seed kinds (partisan
/// commentary with an event list, a party paper on the deal, a pro-Kremlin outlet with donation
/// boilerplate, two Hizb ut-Tahrir comments). The events that count are exactly those a careful
/// coder would code; hypotheticals, statistics, slogans and calls to violence never count.
/// </summary>
public class SeedStyleEndToEndTests
{
    private static List<string> Counted(Document doc) =>
        [.. doc.Events.Where(e => e.Counts).Select(e => $"{e.SubEventType}{(e.Plover is null ? "" : "/" + e.Plover)} {e.Agent?.ActorId ?? "-"}>{e.Target?.ActorId ?? "-"} @{e.Place?.Text ?? "-"}")];

    private static string Describe(Document doc) => string.Join("\n", doc.Events.Select(e =>
        $"{e.SubEventType}/{e.Plover} {e.Agent?.ActorId}>{e.Target?.ActorId} @{e.Place?.Text} {e.Modality} [{e.TriggerText}] in: {doc.TextOf(e.Sentence)}"));

    [Fact]
    public void Commentary_with_an_event_list()
    {
        const string text = """
            Last week in Washington, President Trump met with Imran Khan and praised the so-called peace process. He boasted that he could end the war within ten days, but he did not want to kill millions of people.

            In the second half of August, there were many attacks against the occupiers and their collaborators.

            On August 3, resistance fighters launched an attack on an army checkpoint, with a truck bomb, in Kunduz. At least six soldiers were killed and several others wounded in the operation.

            On August 9, a pro-government militia commander was killed in an ambush near Herat.

            In two attacks in the town of Qala-e-Naw and in Sayed Abad, on August 11, a total of four policemen were killed.

            In Jalalabad, attackers stormed a police station on August 15 and blew up a car bomb at the gate. Three policemen were killed and others injured.

            The occupiers could be driven out within a month, but they would never admit it.
            """;
        var doc = Doc(text)
            .WithDate("August 3", new(2020, 8, 3)).WithDate("August 9", new(2020, 8, 9))
            .WithDate("August 11", new(2020, 8, 11)).WithDate("August 15", new(2020, 8, 15))
            .WithCasualty("six soldiers", CasualtyKind.Killed, 6)
            .WithCasualty("four policemen", CasualtyKind.Killed, 4)
            .WithCasualty("Three policemen", CasualtyKind.Killed, 3);
        Run(doc);

        Assert.True(Counted(doc).SequenceEqual(
        [
            "/CONSULT p_trump>p_imran_khan @-",
            "/SUPPORT p_trump>- @-",
            "Remote explosive/landmine/IED unidentified_af>military_af @Kunduz",
            "Armed clash ->progov_militia_af @Herat",
            "Armed clash ->police_af @Qala-e-Naw",
            "Armed clash ->police_af @Sayed Abad",
            "Remote explosive/landmine/IED unidentified_af>police_af @Jalalabad",
        ]), Describe(doc));
        var kunduz = doc.Events.Single(e => e.Place?.Text == "Kunduz");
        Assert.Equal(6, kunduz.Fatalities?.Best);
        Assert.Equal(new DateOnly(2020, 8, 3), kunduz.Date?.Start);
        Assert.Equal(3, doc.Events.Single(e => e.Place?.Text == "Jalalabad").Fatalities?.Best);
        Assert.Contains(doc.Events, e => e.Modality == Modality.Negated && e.TriggerText == "kill");
        Assert.Contains(doc.Events, e => e.Modality == Modality.Historical && e.TriggerText == "attacks");
    }

    [Fact]
    public void Party_paper_on_the_deal()
    {
        const string text = """
            THE US IS DESPERATE TO LEAVE AFGHANISTAN!

            A ten-day ceasefire between the Afghan government and the Taliban began on June 5, with Secretary of State Pompeo saying, as he welcomed the truce: 'This is a first step.'

            Taliban negotiators have promised that fighters will not attack provincial capitals ahead of signing a final deal.

            Since 2001 the US has poured a fortune into its fight against the Taliban and lost thousands of soldiers in attacks.

            A UN report in 2019 found that over 30,000 civilians had died.

            The coalition ended its combat mission in 2014 but the US continued its air strikes.

            The workers of the world will carry the revolution to victory!
            """;
        var doc = Run(Doc(text).WithDate("June 5", new(2020, 6, 5)));
        Assert.True(Counted(doc).SequenceEqual(
        [
            "Agreement/AGREE government_af>taliban @-",
            "/SUPPORT p_pompeo>- @-",
        ]), Describe(doc));
        Assert.Contains(doc.Events, e => e.Modality == Modality.Negated && e.TriggerText == "attack");
        Assert.DoesNotContain(doc.Events, e => e.Counts && e.Fatalities is not null);
    }

    [Fact]
    public void Pro_kremlin_outlet_with_donation_boilerplate()
    {
        const string text = """
            0 $
            1,000 $
            Support our reporting

            BITCOIN: bc1qexampleexampleexample
            The Taliban Gain Momentum After Talks In Moscow

            The situation in the north is deteriorating.

            At least nine pilots have been killed off base in recent months.

            Taliban fighters have seized districts across the country in recent weeks, as the US withdraws its remaining troops.

            On July 27, the Taliban advanced north of Kunduz and captured the villages near the bridge.

            The Afghan army claims it has repelled a Taliban attack in the Karukh district.

            The Afghan army also repelled an attack on Dara Suf, a district of Samangan province.

            Taliban fighters attacked Afghan army posts in Logar.

            Heavy clashes continue around the Karukh district.

            Enjoyed this article? Please think about supporting us!
            """;
        var doc = Run(Doc(text).WithDate("July 27", new(2020, 7, 27)));
        Assert.True(Counted(doc).SequenceEqual(
        [
            "/RETREAT us_gov>- @-",
            "Non-state actor overtakes territory taliban>- @Kunduz",
            "Armed clash taliban>military_af @Karukh",
            "Armed clash ->military_af @Dara Suf",
            "Armed clash taliban>military_af @Logar",
            "Armed clash ->- @Karukh",
        ]), Describe(doc));
        var claimed = doc.Events.Single(e => e.Place?.Text == "Karukh" && e.Agent is not null);
        Assert.Equal(Modality.Reported, claimed.Modality);
        Assert.Equal("Afghan army", claimed.AttributedTo);
    }

    [Fact]
    public void Comment_on_the_negotiations_with_a_call_to_fight()
    {
        const string text = """
            News:

            On 5 March 2020, during a press conference in Tashkent, Pompeo demanded "clear proof" from the Taliban that it will reduce violence before signing an agreement.

            Comment:

            Over the past weeks, US air strikes have killed and wounded hundreds of civilians in the eastern provinces.

            The US forces dropped 7,000 bombs in 2019 under the false pretext of fighting the enemy.

            Khalilzad told reporters he expects to reach a ceasefire deal with the Taliban.

            The Muslims must halt the talks today and keep fighting the US until it is buried.

            This power should be destroyed and the Caliphate re-established!
            """;
        var doc = Run(Doc(text, new DateOnly(2020, 3, 8)).WithDate("5 March 2020", new(2020, 3, 5)));
        Assert.True(Counted(doc).SequenceEqual(
        [
            "/REQUEST p_pompeo>taliban @-",
        ]), Describe(doc));
        Assert.Equal("demand", doc.Events.Single(e => e.Counts).PloverMode);
        Assert.Contains(doc.Events, e => e.Plover == "AGREE" && e.Modality == Modality.Future);
        Assert.Contains(doc.Events, e => e.SubEventType == "Air/drone strike" && e.Modality == Modality.Historical);
    }

    [Fact]
    public void Comment_on_the_intra_afghan_talks()
    {
        const string text = """
            Khalilzad has returned to Doha, tweeting that he will meet partners to discuss the Afghan-led peace negotiations.

            The contact groups of the two sides have met over ten times without getting anywhere.

            Air strikes carried out in the name of Afghan forces keep killing civilians.

            They should immediately stop the talks, leave the war-fronts and wage Jihad against the American occupiers.

            O you who believe! Answer the call!
            """;
        var doc = Run(Doc(text, new DateOnly(2020, 10, 8)));
        Assert.True(Counted(doc).Count == 0, Describe(doc));
        Assert.Contains(doc.Events, e => e.Plover == "CONSULT" && e.Modality == Modality.Future);
        Assert.Contains(doc.Events, e => e.SubEventType == "Air/drone strike" && e.Modality == Modality.Historical);
        Assert.DoesNotContain(doc.Events, e => e.TriggerText == "talks"); // "stop the talks" is a call, and refers back
    }
}
