using Sitrep.Framing;

namespace Sitrep.Tests.Framing;

/// <summary>
/// The construction patterns by category (data/framing/patterns.tsv with classes.tsv): each
/// category is exercised with phrasings that are in neither gold set, and each with a neutral
/// counter-use of the same words that must stay unmarked.
/// </summary>
public class FramingCategoryTests
{
    private static List<FramingCue> OutletCues(string text, string technique) =>
        [.. FramingAnnotatorTests.Cues(text).Where(c => c.Technique == technique && c.IsOutletVoice)];

    [Theory]
    // Doubt: a discrediting word before a claim noun, a claim called false, deceit, disbelief, being asked to believe
    [InlineData("Doubt", "The governor repeated his empty promises of new roads.", "empty promises", "framing.doubt.discredited-claim")]
    [InlineData("Doubt", "Washington has sold the country a sham peace.", "sham peace", "framing.doubt.discredited-claim")]
    [InlineData("Doubt", "The figures the palace released last week are pure fiction.", "pure fiction", "framing.doubt.claim-is-false")]
    [InlineData("Doubt", "Once again the occupiers peddle falsehoods about the raid.", "peddle falsehoods", "framing.doubt.deceit")]
    [InlineData("Doubt", "No one in Kandahar believes a word the governor says.", "No one in Kandahar believes a word the governor says", "framing.doubt.disbelief")]
    [InlineData("Doubt", "The palace would have us believe that the war is over.", "would have us believe that the war is over", "framing.doubt.asked-to-believe")]
    [InlineData("Doubt", "A government that lies daily can no longer be trusted.", "can no longer be trusted", "framing.doubt.untrustworthy")]
    // Flag-Waving: the nation exalted, the nation as history's actor, its sons, the patriot, the cause
    [InlineData("Flag-Waving", "Nothing will break this noble and ancient land.", "this noble and ancient land", "framing.flag.exalted-nation")]
    [InlineData("Flag-Waving", "The Muslim ummah has never bowed to a foreign army.", "The Muslim ummah has never bowed to a foreign army", "framing.flag.nation-in-history")]
    [InlineData("Flag-Waving", "The valiant defenders of our motherland held the line.", "The valiant defenders of our motherland", "framing.flag.sons-of-the-nation")]
    [InlineData("Flag-Waving", "Every loyal citizen must stand with the army today.", "Every loyal citizen must stand with the army today", "framing.flag.every-patriot")]
    [InlineData("Flag-Waving", "They gave their lives in defence of our faith and our soil.", "in defence of our faith and our soil", "framing.flag.cause")]
    // Appeal_to_fear-prejudice: a condition and the harm it brings, harm foretold to us, catastrophe
    [InlineData("Appeal_to_fear-prejudice", "Unless the army holds Ghazni, the killers will be in Kabul within a month.", "the killers will be in Kabul within a month", "framing.fear.if-then-harm")]
    [InlineData("Appeal_to_fear-prejudice", "Our sons would be slaughtered at the checkpoints.", "Our sons would be slaughtered at the checkpoints", "framing.fear.harm-to-us")]
    [InlineData("Appeal_to_fear-prejudice", "Such a deal would plunge the whole country into civil war.", "would plunge the whole country into civil war", "framing.fear.catastrophe")]
    [InlineData("Appeal_to_fear-prejudice", "Under their rule no family will be safe in its own home.", "no family will be safe in its own home", "framing.fear.no-one-safe")]
    // Exaggeration,Minimisation: losses blown up, total outcomes, superlatives; losses made small, calm claimed
    [InlineData("Exaggeration,Minimisation", "In Faryab the invaders sustained staggering casualties.", "the invaders sustained staggering casualties", "framing.exaggeration.heavy-losses")]
    [InlineData("Exaggeration,Minimisation", "The network has been utterly shattered in the east.", "network has been utterly shattered", "framing.exaggeration.total")]
    [InlineData("Exaggeration,Minimisation", "It was the bloodiest betrayal the world has ever seen.", "the bloodiest betrayal the world has ever seen", "framing.exaggeration.superlative")]
    [InlineData("Exaggeration,Minimisation", "The blast caused nothing more than superficial damage.", "nothing more than superficial damage", "framing.minimisation.only-minor")]
    [InlineData("Exaggeration,Minimisation", "The situation in the city is under full control.", "situation in the city is under full control", "framing.minimisation.under-control")]
    // widened in session 9 (probe set dev_exaggeration_fear.jsonl); phrasings in no gold set
    [InlineData("Appeal_to_fear-prejudice", "Once the checkpoints are gone, the bombers will walk into every market.", "the bombers will walk into every market", "framing.fear.if-then-harm")]
    [InlineData("Appeal_to_fear-prejudice", "Anyone who carries their weapons will meet the same end as their commanders.", "will meet the same end as their commanders", "framing.fear.wrath")]
    [InlineData("Appeal_to_fear-prejudice", "Their victory would spell the death of our young democracy.", "would spell the death of our young democracy", "framing.fear.would-end")]
    [InlineData("Appeal_to_fear-prejudice", "The amnesty throws open the gates to thousands of killers.", "open the gates to thousands of killers", "framing.fear.open-door")]
    [InlineData("Appeal_to_fear-prejudice", "Next time it may be your daughter on that bus.", "Next time it may be your daughter on that bus", "framing.fear.you-are-next")]
    [InlineData("Appeal_to_fear-prejudice", "Kunar would turn into a breeding ground for foreign fighters.", "would turn into a breeding ground for foreign fighters", "framing.fear.will-become")]
    [InlineData("Exaggeration,Minimisation", "The push on Lashkar Gah was a decisive victory for the corps.", "a decisive victory", "framing.exaggeration.big-outcome")]
    [InlineData("Exaggeration,Minimisation", "It was a setback from which the militia can never recover.", "setback from which the militia can never recover", "framing.exaggeration.never-recover")]
    [InlineData("Exaggeration,Minimisation", "Their assault on the ridge crumbled in a matter of hours.", "assault on the ridge crumbled in a matter of hours", "framing.exaggeration.swift-collapse")]
    [InlineData("Exaggeration,Minimisation", "The militants are now on the brink of total defeat.", "militants are now on the brink of total defeat", "framing.exaggeration.on-the-brink")]
    [InlineData("Exaggeration,Minimisation", "The attackers retreated in utter panic.", "retreated in utter panic", "framing.exaggeration.rout")]
    [InlineData("Exaggeration,Minimisation", "Not one checkpoint was left standing after the night raid.", "Not one checkpoint was left standing", "framing.exaggeration.not-one-escaped")]
    [InlineData("Exaggeration,Minimisation", "Losses on our side have been insignificant.", "Losses on our side have been insignificant", "framing.minimisation.negligible")]
    public void A_construction_of_its_category_is_marked_with_its_rule(string technique, string text, string words, string rule)
    {
        var cue = Assert.Single(OutletCues(text, technique));
        Assert.Equal((words, rule), (cue.Text, cue.Rule));
        Assert.False(string.IsNullOrWhiteSpace(cue.Entry)); // the pattern behind it, as written
        Assert.Equal(words, text[cue.Span.Start..cue.Span.End]);
    }

    [Theory]
    // the same words, used to report, describe or plan rather than to frame
    [InlineData("Doubt", "The commission published its report on civilian casualties on Sunday.")]
    [InlineData("Doubt", "The figures could not be independently verified.")]
    [InlineData("Doubt", "Police arrested two men for spreading rumours of a coup in Mazar.")]
    [InlineData("Flag-Waving", "The national flag was raised over the district centre on Thursday.")]
    [InlineData("Flag-Waving", "The Afghan people voted in the presidential election in September.")]
    [InlineData("Flag-Waving", "Every Afghan citizen over 18 may register to vote.")]
    [InlineData("Appeal_to_fear-prejudice", "If the road reopens this week, traders will bring fuel prices down.")]
    [InlineData("Appeal_to_fear-prejudice", "Our correspondents will report from Herat on Monday.")]
    [InlineData("Appeal_to_fear-prejudice", "If Kunduz falls, the government would lose its hold on the north.")]
    [InlineData("Exaggeration,Minimisation", "The bridge was completely destroyed by the spring floods.")]
    [InlineData("Exaggeration,Minimisation", "Heavy rain caused severe damage to homes in Bamiyan.")]
    [InlineData("Exaggeration,Minimisation", "Dozens of soldiers were killed in the attack on the base.")]
    [InlineData("Exaggeration,Minimisation", "The city was calm on Friday after two days of protests.")]
    [InlineData("Appeal_to_fear-prejudice", "When the pass reopens, convoys will carry wheat to Bamiyan.")]
    [InlineData("Appeal_to_fear-prejudice", "The agreement would mean the end of night raids in the district.")]
    [InlineData("Appeal_to_fear-prejudice", "The new bridge will open the way to markets in Tajikistan.")]
    [InlineData("Exaggeration,Minimisation", "Residents fled in panic as the shelling began.")]
    [InlineData("Exaggeration,Minimisation", "The old bazaar building collapsed within minutes of the fire starting.")]
    [InlineData("Exaggeration,Minimisation", "Not a single passenger survived the crash near Ghazni.")]
    [InlineData("Exaggeration,Minimisation", "Two people were hurt and their injuries were minor.")]
    public void A_neutral_use_of_the_same_words_is_not_marked(string technique, string text) =>
        Assert.Empty(OutletCues(text, technique));

    [Fact]
    public void A_label_inside_a_claim_called_false_is_still_marked()
    {
        var cues = FramingAnnotatorTests.Cues("Claims by the terrorist group that it took the base are completely untrue.");
        Assert.Contains(cues, c => c.Technique == "Doubt" && c.Text == "completely untrue");
        Assert.Contains(cues, c => c.Technique == "Name_Calling,Labeling" && c.Text == "terrorist");
    }

    [Theory]
    [InlineData("The ministry said the situation in the province is completely normal.")]
    // verbs that report a view, not only speech: the claim is the officials', not the outlet's
    [InlineData("Officials insist the city is fully under control tonight.")]
    [InlineData("The generals boasted of a crushing defeat for the militants.")]
    public void A_construction_in_reported_speech_is_the_speakers(string text)
    {
        var cue = Assert.Single(FramingAnnotatorTests.Cues(text), c => c.Technique == "Exaggeration,Minimisation");
        Assert.Equal(FramingCue.Quoted, cue.Speaker);
    }
}
