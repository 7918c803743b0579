using System.Text.Json;
using System.Text.Json.Nodes;
using Sitrep.Pipeline;
using Sitrep.Serialization;

namespace Sitrep.Cli.Output;

/// <summary>
/// The JSON that <c>sitrep extract</c> prints for one article: its metadata, its events (with
/// evidence), and with annotations on, every annotation grouped by kind, each with its text.
/// </summary>
public static class ExtractionJson
{
    public static JsonObject From(Document document, bool withAnnotations)
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
        return json;
    }
}
