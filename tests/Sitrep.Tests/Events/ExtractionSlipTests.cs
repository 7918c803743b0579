using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Pipeline;
using static Sitrep.Tests.Events.EventTestKit;

namespace Sitrep.Tests.Events;

/// <summary>Slips seen while trying the CLI as an analyst (issue #20), in sentences written for these tests.</summary>
public class ExtractionSlipTests
{
    [Theory]
    [InlineData("Provincial officials rejected the Taliban's figure of 30 dead soldiers in Zabul.")]
    [InlineData("The governor's office in Ghazni rejected the insurgents' death toll as propaganda.")]
    [InlineData("Kabul rejected the militants' version of the fighting in Faryab.")]
    public void Rejecting_someone_elses_figure_or_account_is_a_dispute_not_a_rejection_event(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence), e => e.Plover == "REJECT");
    }

    [Fact]
    public void Rejecting_a_demand_after_a_possessive_is_still_a_rejection()
    {
        Assert.Contains(Extract("Officials in Herat rejected the Taliban's demand for a prisoner exchange."), e => e.Plover == "REJECT");
    }

    [Theory]
    [InlineData("Police and Taliban fighters clashed in Shahjoy district on Tuesday. Six insurgents and two policemen were killed in the fighting, a police spokesman said.", "a police spokesman")]
    [InlineData("Insurgents stormed a checkpoint in Maiwand on Monday night. Four soldiers died in the assault, according to the district governor.", "the district governor")]
    public void A_toll_told_in_the_next_sentence_brings_its_source_to_the_event(string text, string source)
    {
        var e = Assert.Single(Pipeline(text), e => e.Fatalities is not null);
        Assert.Equal(Modality.Reported, e.Modality);
        Assert.Equal(source, e.AttributedTo);
        Assert.Contains(e.Evidence, x => x.Field == "modality" && x.Rule.EndsWith("+event.continuation", StringComparison.Ordinal));
    }

    [Fact]
    public void The_source_named_after_the_last_comma_is_not_taken_from_the_victims_before_it()
    {
        var e = Assert.Single(Pipeline("A roadside bomb tore through a minibus in Gereshk on Tuesday, killing nine passengers, including two children, the governor's spokesman said."),
            e => e.Fatalities is not null);
        Assert.Equal(Modality.Reported, e.Modality);
        Assert.DoesNotContain("children", e.AttributedTo ?? "");
        Assert.Contains("spokesman", e.AttributedTo ?? "");
    }

    [Fact]
    public void A_toll_told_without_a_source_leaves_the_event_asserted()
    {
        var e = Assert.Single(Pipeline("Police and Taliban fighters clashed in Shahjoy district on Tuesday. Six insurgents were killed in the fighting."), e => e.Fatalities is not null);
        Assert.Equal(Modality.Asserted, e.Modality);
        Assert.Null(e.AttributedTo);
    }

    /// <summary>The whole pipeline: the toll comes from the casualty annotator, the date from the time annotator.</summary>
    private static List<EventMention> Pipeline(string text) =>
        PipelineBuilder.Default(DataPack.Default).Process(Article.Create(text, "test", published: Published)).Events;
}
