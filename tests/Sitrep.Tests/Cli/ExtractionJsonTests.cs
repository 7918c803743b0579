using System.Text.Json;
using System.Text.Json.Nodes;
using Sitrep.Cli.Output;
using Sitrep.Pipeline;
using Sitrep.Serialization;
using Sitrep.Tests.Foundation;

namespace Sitrep.Tests.Cli;

/// <summary>
/// <c>sitrep extract</c>'s JSON, written straight to a writer, is byte for byte what the JsonNode
/// tree it replaced gave (<see cref="ThroughJsonNode"/>, kept here as the reference), on one line and indented.
/// </summary>
public class ExtractionJsonTests
{
    /// <summary>The former ExtractionJson.From and ToJsonString: a JsonNode tree, then written.</summary>
    private static string ThroughJsonNode(Document document, bool withAnnotations, JsonSerializerOptions options)
    {
        var a = document.Article;
        var json = new JsonObject
        {
            ["article"] = new JsonObject
            {
                ["id"] = a.Id,
                ["source"] = a.Source,
                ["url"] = a.Url,
                ["outlet"] = a.Outlet,
                ["title"] = a.Title,
                ["published"] = a.Published?.ToString("yyyy-MM-dd"),
                ["referenceDate"] = document.ReferenceDate?.ToString("yyyy-MM-dd"),
                ["language"] = a.Language,
                ["characters"] = a.Text.Length,
            },
            ["events"] = JsonSerializer.SerializeToNode(document.Events, SitrepJson.Options),
        };
        if (withAnnotations)
        {
            var groups = new JsonObject();
            foreach (var group in document.AllAnnotations().GroupBy(x => x.Kind))
            {
                var list = new JsonArray();
                foreach (var (_, annotation) in group)
                {
                    var node = JsonSerializer.SerializeToNode<object>(annotation, SitrepJson.Options)!.AsObject();
                    node.TryAdd("text", document.TextOf(annotation.Span));
                    list.Add(node);
                }
                groups[group.Key] = list;
            }
            json["annotations"] = groups;
        }
        return json.ToJsonString(options);
    }

    public static TheoryData<bool, bool> Forms() => new() { { false, false }, { true, false }, { false, true }, { true, true } };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Every_sample_is_written_as_the_JsonNode_tree_wrote_it(bool withAnnotations, bool indented)
    {
        var options = indented ? SitrepJson.Indented : SitrepJson.Options;
        foreach (var document in SampleDocuments.All)
            Assert.Equal(ThroughJsonNode(document, withAnnotations, options), ExtractionJson.Write(document, withAnnotations, options));
    }

    [Fact]
    public void The_samples_hold_every_annotation_kind_and_events()
    {
        var kinds = SampleDocuments.All.SelectMany(d => d.AllAnnotations()).Select(a => a.Kind).ToHashSet();
        string[] every = ["actor", "casualty", "date", "framing", "number", "place", "quote", "sentence", "statistic"];
        Assert.Equal(every, kinds.Order(StringComparer.Ordinal));
        Assert.Contains(SampleDocuments.All, d => d.Events.Count > 0);
    }

    [Fact]
    public void An_annotation_gets_the_text_it_spans_unless_it_has_a_text_of_its_own()
    {
        var document = SampleDocuments.Awkward;
        using var json = JsonDocument.Parse(ExtractionJson.Write(document, withAnnotations: true, SitrepJson.Options));
        var annotations = json.RootElement.GetProperty("annotations");
        var sentence = annotations.GetProperty("sentence")[0];
        Assert.Equal(document.TextOf(document.Sentences[0].Span), sentence.GetProperty("text").GetString());
        Assert.Equal("rule", sentence.EnumerateObject().Reverse().Skip(1).First().Name); // "text" follows the annotation's own members
        var casualty = annotations.GetProperty("casualty")[0];
        Assert.Equal(document.TextOf(document.Casualties[0].Span), casualty.GetProperty("text").GetString()); // its count's nested "text" is not its own
        var date = annotations.GetProperty("date")[0];
        Assert.Single(date.EnumerateObject(), p => p.Name == "text");
        Assert.Equal(document.Times[0].Text, date.GetProperty("text").GetString());
    }

    [Fact]
    public void Escapes_quotes_and_control_characters_but_not_other_characters()
    {
        var line = ExtractionJson.Write(SampleDocuments.Awkward, withAnnotations: true, SitrepJson.Options);
        Assert.DoesNotContain('\n', line);
        Assert.Contains("""Bomb \"kills\" 12 <b>""", line); // quotes escaped; <, > and & as themselves
        Assert.Contains("Wire é", line);
        Assert.Contains("Hérat, کابل, ", line);
        Assert.Contains(@"Back\\slash \u0001 control\ttab.", line);
        Assert.Contains(@"The attack\u2028in Kandahar", line);
        Assert.Contains(@"\uD83D\uDE00", line); // an emoji as its surrogate pair
    }

    [Fact]
    public void Nulls_are_omitted_from_events_and_annotations_but_written_for_the_article()
    {
        var document = SampleDocuments.All.Single(d => d.Article.Source == "undated");
        using var json = JsonDocument.Parse(ExtractionJson.Write(document, withAnnotations: true, SitrepJson.Options));
        var article = json.RootElement.GetProperty("article");
        Assert.Equal(JsonValueKind.Null, article.GetProperty("url").ValueKind);
        Assert.Equal(JsonValueKind.Null, article.GetProperty("published").ValueKind);
        foreach (var value in Values(json.RootElement.GetProperty("events")).Concat(Values(json.RootElement.GetProperty("annotations"))))
            Assert.NotEqual(JsonValueKind.Null, value.ValueKind);
        Assert.Contains(document.Casualties, c => c.ClaimedBy is null); // there were nulls to omit
    }

    [Fact]
    public void Indented_output_is_the_one_line_output_laid_out()
    {
        var document = SampleDocuments.Awkward;
        var indented = ExtractionJson.Write(document, withAnnotations: true, SitrepJson.Indented);
        Assert.StartsWith("{\n  \"article\": {\n    \"id\": ", indented);
        Assert.Contains("\n        \"candidateIds\": [\n          \"", indented);
        using var a = JsonDocument.Parse(indented);
        var line = ExtractionJson.Write(document, withAnnotations: true, SitrepJson.Options);
        Assert.Equal(line, JsonSerializer.Serialize(a.RootElement, SitrepJson.Options));
    }

    private static IEnumerable<JsonElement> Values(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Values(p.Value).Prepend(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(v => Values(v).Prepend(v)),
        _ => [],
    };
}
