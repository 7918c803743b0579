using Sitrep.Documents;
using Sitrep.Framing;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Framing;

public class FramingAnnotatorTests
{
    private static readonly SitrepPipeline Pipeline = PipelineBuilder.Default();

    internal static List<FramingCue> Cues(string text) => Pipeline.Process(Article.Create(text, "test")).Framing;

    private static FramingCue Only(string text, string words) =>
        Assert.Single(Cues(text), c => c.Text == words);

    [Theory]
    [InlineData("The puppet regime in Kabul has lost control of the north.", "puppet regime", "Name_Calling,Labeling", "framing.label.puppet")]
    [InlineData("They fought the Occupiers for two decades.", "Occupiers", "Name_Calling,Labeling", "framing.label.invader")]
    [InlineData("Muslims must wage   jihad against the invading forces.", "wage   jihad", "Loaded_Language", "framing.call-to-violence")]
    [InlineData("Seven soldiers of the brigade were martyred near Pul-e-Alam.", "martyred", "Loaded_Language", "framing.martyrdom")]
    [InlineData("Commandos neutralised 14 fighters in Nad Ali.", "neutralised", "Loaded_Language", "framing.euphemism.kill")]
    [InlineData("The ministry dismissed the baseless claims about Sangin.", "baseless claims", "Doubt", "framing.doubt.discredited-claim")]
    [InlineData("Tonight the city is fully under control.", "fully under control", "Exaggeration,Minimisation", "framing.minimisation.under-control")]
    public void Marks_a_technique_with_its_words_span_and_rule(string text, string words, string technique, string rule)
    {
        var cue = Only(text, words);
        Assert.Equal((technique, rule, FramingCue.Outlet), (cue.Technique, cue.Rule, cue.Speaker));
        Assert.Equal(words, text[cue.Span.Start..cue.Span.End]);
        Assert.False(string.IsNullOrEmpty(cue.Entry));
    }

    [Theory]
    [InlineData("The Taliban said two of its fighters were killed in the clash in Zabul.")]
    [InlineData("Police said two soldiers were killed in Ghazni on Monday.")]
    [InlineData("The puppeteer festival in Herat drew crowds.")]
    [InlineData("Bomb disposal teams neutralised three devices found beside the road in Logar.")]
    [InlineData("Two improvised explosive devices were safely neutralised near the bridge.")]
    [InlineData("Crowds gathered in Kabul for Martyrs' Week ceremonies on Monday.")]
    [InlineData("A former mujahidin commander, he later served as governor of Balkh.")]
    [InlineData("Spokesman Zabihullah Mujahid did not respond to a request for comment.")]
    [InlineData("The pro-occupation-era archive and the donatello exhibit reopened.")]
    public void Neutral_uses_of_framed_words_are_not_cues(string text) => Assert.Empty(Cues(text));

    [Fact]
    public void Martyred_in_a_Taliban_quote_is_the_speakers_framing()
    {
        var cue = Only("A Taliban spokesman said on Twitter that three of the group's fighters had been \"martyred\" in the clash.", "martyred");
        Assert.Equal(FramingCue.Quoted, cue.Speaker);
        Assert.Contains("Taliban spokesman", cue.SpeakerName);
        Assert.Equal("taliban", cue.SpeakerParty);
    }

    [Fact]
    public void Martyred_in_the_outlets_own_voice_is_the_outlets()
    {
        var cue = Only("Two fighters of the Islamic Emirate were martyred in the operation.", "martyred");
        Assert.Equal((FramingCue.Outlet, FramingCue.OutletVoiceRule), (cue.Speaker, cue.VoiceRule));
    }

    [Fact]
    public void A_label_in_reported_speech_without_quotation_marks_belongs_to_the_speaker()
    {
        var cue = Only("Zabihullah Mujahid said the hirelings had abandoned three posts in Arghandab.", "hirelings");
        Assert.Equal((FramingCue.Quoted, SpeechRegions.ReportedAfterRule), (cue.Speaker, cue.VoiceRule));
        Assert.Equal("taliban", cue.SpeakerParty);
    }

    [Fact]
    public void A_tail_attribution_gives_the_clause_before_it_to_the_speaker()
    {
        var cue = Only("Gunmen killed four teachers in a brutal attack in Khost, police said.", "brutal");
        Assert.Equal((FramingCue.Quoted, "police"), (cue.Speaker, cue.SpeakerName));
    }

    [Fact]
    public void A_quotation_running_over_two_sentences_stays_the_speakers()
    {
        var cues = Cues("The governor said: \"The attack was planned abroad. The blood of our martyrs will be avenged.\" Calm returned by noon.");
        Assert.All(cues, c => Assert.Equal(FramingCue.Quoted, c.Speaker));
        Assert.Contains(cues, c => c.Text == "martyrs");
    }

    [Fact]
    public void A_speech_verb_read_as_a_noun_does_not_make_reported_speech()
    {
        var cue = Only("The stooge army's claims to have retaken the district are pure propaganda.", "pure propaganda");
        Assert.Equal(FramingCue.Outlet, cue.Speaker);
    }

    [Fact]
    public void A_label_inside_a_longer_span_is_not_marked_again()
    {
        var cues = Cues("The occupiers must go, all of them, now!");
        var slogan = Assert.Single(cues);
        Assert.Equal(("Slogans", "framing.slogan.exclamation"), (slogan.Technique, slogan.Rule));
    }

    [Fact]
    public void One_word_in_scare_quotes_is_doubt_and_a_short_question_is_rhetorical()
    {
        var cues = Cues("They bomb our villages and call it \"peace\". Peace for whom, exactly?");
        Assert.Contains(cues, c => c is { Technique: "Doubt", Rule: FramingAnnotator.ScareQuoteRule, Text: "\"peace\"", Speaker: FramingCue.Outlet });
        Assert.Contains(cues, c => c is { Technique: "Doubt", Rule: FramingAnnotator.QuestionRule, Text: "Peace for whom, exactly" });
    }

    [Fact]
    public void A_question_inside_a_quotation_is_not_the_outlets_doubt()
    {
        var cues = Cues("The envoy said: \"What else could we have done?\" The talks resume on Monday.");
        Assert.DoesNotContain(cues, c => c.Rule == FramingAnnotator.QuestionRule);
    }

    [Fact]
    public void A_malformed_lexicon_line_is_an_error_naming_the_file_and_line()
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-framing-");
        try
        {
            foreach (var folder in new[] { "framing", "claims" })
                CopyDirectory(Path.Combine(DataPack.Default.Directory, folder), Path.Combine(dir.FullName, folder));
            File.AppendAllText(Path.Combine(dir.FullName, "framing", "lexicon.tsv"), "two-fields-only\tLoaded_Language\n");
            var e = Assert.Throws<FormatException>(() => FramingLexicon.Load(new DataPack(dir.FullName)));
            Assert.Matches(@"framing/lexicon\.tsv:\d+: expected", e.Message);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var f in Directory.GetFiles(from))
            File.Copy(f, Path.Combine(to, Path.GetFileName(f)));
    }
}
