using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Foundation;

/// <summary>
/// The demo samples and one article of awkward characters, run through the default pipeline once
/// for every test that checks how documents are written: between them every annotation kind and
/// events with every field.
/// </summary>
public static class SampleDocuments
{
    /// <summary>Quotes, a backslash, a control character, a tab, a line separator, &lt;&amp;&gt;, accents, Pashto and an emoji (a surrogate pair).</summary>
    public const string AwkwardText =
        "KABUL, Afghanistan - A suicide bomber killed 12 \"police officers\" and wounded 30 civilians in Kabul on Monday, officials said. "
        + "\"We will fight,\" said Zabihullah Mujahid, a Taliban spokesman.\n\n"
        + "The attack\u2028in Kandahar province killed 5 soldiers <b>&amp; 'x'</b> on 3 March 2020. Back\\slash \u0001 control\ttab.\n\n"
        + "Non-ASCII: Hérat, کابل, \U0001F600 émigrés said 4 people died in Ghazni. "
        + "More than 32,000 civilians have died since 2001, the UN said.";

    private static readonly Lazy<IReadOnlyList<Document>> Processed = new(() =>
    {
        var pipeline = PipelineBuilder.Default();
        var articles = SourceReader.Default().Read([Path.Combine(AppContext.BaseDirectory, "samples")]).Select(r => r.Article!).ToList();
        articles.Add(Article.Create(AwkwardText, "awkward", title: "Bomb \"kills\" 12 <b>", outlet: "Wire é", published: new DateOnly(2020, 3, 4)));
        articles.Add(Article.Create(AwkwardText, "undated")); // no url, outlet, title nor date: the article object writes them as null
        return [.. articles.Select(a => pipeline.Process(a))];
    });

    public static IReadOnlyList<Document> All => Processed.Value;

    public static Document Awkward => All.Single(d => d.Article.Source == "awkward");
}
