using System.Text.Json;
using Sitrep.Cli.Commands;
using Sitrep.Tests.Foundation;

namespace Sitrep.Tests.Framing;

/// <summary>`sitrep framing`, `sitrep outlets` and the framing flag of `sitrep explain le_...`, run as a user runs them, on a small store of two articles.</summary>
public sealed class FramingCliStore : IDisposable
{
    public TestFiles Files { get; } = new();
    public string Db => "framing.db";

    public FramingCliStore()
    {
        Files.Write("in/mod.txt",
            "The heroic soldiers of our proud nation crushed a Taliban attack in Andar district of Ghazni province on Monday. " +
            "35 Taliban terrorists were eliminated and 12 others wounded in the operation. Four brave commandos were martyred. " +
            "The enemies of Afghanistan suffered heavy losses. Long live Afghanistan!");
        Files.Write("in/mod.json", """{"outlet": "Ministry of Defence", "published": "2020-06-16"}""");
        Files.Write("in/wire.txt",
            "A roadside bomb struck a minibus in Nangarhar province on Sunday, killing six civilians, the provincial governor's office said. " +
            "No group claimed responsibility.");
        Files.Write("in/wire.json", """{"outlet": "Afghan Wire Service", "published": "2020-07-05"}""");
        var ingest = Sitrep("ingest", "in", "--db", Db);
        Assert.Equal(0, ingest.ExitCode);
    }

    public SitrepProcess.Result Sitrep(params string[] args) => SitrepProcess.Run(Files.Root, args);

    public void Dispose() => Files.Dispose();
}

public class FramingCliTests(FramingCliStore store) : IClassFixture<FramingCliStore>
{
    private string ArticleOf(string outlet)
    {
        var events = store.Sitrep("events", "--db", store.Db, "--mentions", "--kind", "all", "--format", "json");
        foreach (var line in events.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var row = JsonDocument.Parse(line);
            if (row.RootElement.TryGetProperty("outlet", out var o) && o.GetString() == outlet) return row.RootElement.GetProperty("articleId").GetString()!;
        }
        throw new InvalidOperationException("no event from " + outlet + ": " + events.Stdout);
    }

    [Fact]
    public void Framing_marks_the_cues_inline_when_piped_and_lists_each_with_its_rule_and_voice()
    {
        var r = store.Sitrep("framing", ArticleOf("Ministry of Defence"), "--db", store.Db);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("«terrorists»{Name_Calling,Labeling}", r.Stdout);
        Assert.Contains("«martyred»{Loaded_Language}", r.Stdout);
        Assert.Contains("rule framing.euphemism.kill (eliminated); voice voice.outlet", r.Stdout);
        Assert.Contains("HEAVILY FRAMED", r.Stdout);
        Assert.DoesNotContain("[/]", r.Stdout); // no markup when piped
    }

    [Fact]
    public void Framing_as_json_gives_cues_with_speaker_and_the_profile()
    {
        var r = store.Sitrep("framing", ArticleOf("Ministry of Defence"), "--db", store.Db, "--format", "json");
        Assert.Equal(0, r.ExitCode);
        using var json = JsonDocument.Parse(r.Stdout);
        var cues = json.RootElement.GetProperty("cues").EnumerateArray().ToList();
        Assert.Contains(cues, c => c.GetProperty("text").GetString() == "eliminated" && c.GetProperty("speaker").GetString() == "outlet");
        Assert.True(json.RootElement.GetProperty("profile").GetProperty("oneSided").GetBoolean());
        Assert.Equal("party, speaks for government_af", json.RootElement.GetProperty("article").GetProperty("stance").GetString());
    }

    [Fact]
    public void An_unknown_article_is_a_one_line_error_with_exit_2()
    {
        var r = store.Sitrep("framing", "a_0000nothing", "--db", store.Db);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("no English article with id (or unique id prefix) \"a_0000nothing\"", r.Stderr);
        Assert.Equal("", r.Stdout);
    }

    [Fact]
    public void Outlets_separates_the_framed_release_from_the_wire_story()
    {
        var r = store.Sitrep("outlets", "--db", store.Db, "--format", "csv");
        Assert.Equal(0, r.ExitCode);
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("outlet,month,stance,articles,framed_share,heavily_framed,one_sided", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("Ministry of Defence (Afghanistan),,\"party, speaks for government_af\",1,1.000,1,1,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Afghan Wire Service,,wire,1,0.000,0,0,", StringComparison.Ordinal));
        Assert.Contains("the framing of 2 article(s), 2 from stored summaries", r.Stderr); // ingest stored them: nothing framed again
    }

    [Fact]
    public void Outlets_takes_a_date_window()
    {
        var r = store.Sitrep("outlets", "--db", store.Db, "--format", "csv", "--from", "2020-07-01");
        Assert.Equal(0, r.ExitCode);
        Assert.DoesNotContain("Ministry of Defence", r.Stdout);
        Assert.Contains("Afghan Wire Service", r.Stdout);
    }

    [Fact]
    public void Explain_flags_a_figure_given_only_by_a_heavily_framed_one_sided_source()
    {
        var events = store.Sitrep("events", "--db", store.Db, "--format", "csv");
        var flagged = 0;
        foreach (var id in events.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]))
        {
            var explain = store.Sitrep("explain", id, "--db", store.Db);
            Assert.Equal(0, explain.ExitCode);
            Assert.Contains("framing:", explain.Stdout);
            if (explain.Stdout.Contains("Ministry of Defence"))
            {
                Assert.Contains(LedgerFramingNote.Flag, explain.Stdout);
                flagged++;
            }
            else
            {
                Assert.DoesNotContain(LedgerFramingNote.Flag, explain.Stdout);
            }
        }
        Assert.True(flagged > 0, events.Stdout);
    }
}
