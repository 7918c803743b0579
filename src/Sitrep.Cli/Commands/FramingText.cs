using System.Globalization;
using System.Text;
using Sitrep.Documents;
using Sitrep.Framing;
using Sitrep.Ledger;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>
/// An article with its framing cues, as Spectre.Console markup (cues coloured by technique; a
/// speaker's framing dim and underlined) or as plain text (cues marked «words»{technique}, and
/// {technique|quoted} for a speaker's). Article text is always escaped, never read as markup.
/// </summary>
public static class FramingText
{
    private static readonly Dictionary<string, string> Colours = new(StringComparer.Ordinal)
    {
        ["Loaded_Language"] = "red",
        ["Name_Calling,Labeling"] = "magenta",
        ["Exaggeration,Minimisation"] = "yellow",
        ["Flag-Waving"] = "blue",
        ["Appeal_to_fear-prejudice"] = "darkorange",
        ["Doubt"] = "cyan",
        ["Slogans"] = "green",
    };

    public static string Plain(Article article, Outlet outlet, IReadOnlyList<FramingCue> cues, ArticleFramingProfile profile) =>
        Render(article, outlet, cues, profile, markup: false);

    public static string Markup(Article article, Outlet outlet, IReadOnlyList<FramingCue> cues, ArticleFramingProfile profile) =>
        Render(article, outlet, cues, profile, markup: true);

    private static string Render(Article article, Outlet outlet, IReadOnlyList<FramingCue> cues, ArticleFramingProfile profile, bool markup)
    {
        var c = CultureInfo.InvariantCulture;
        string E(string s) => markup ? Spectre.Console.Markup.Escape(s) : s;
        var s = new StringBuilder();
        s.AppendLine(E($"article   {article.Id}   {article.Outlet ?? "(outlet unknown)"} ({FramingCommand.Stance(outlet)})   published {article.Published?.ToString("yyyy-MM-dd", c) ?? "unknown"}"));
        if (article.Title is { Length: > 0 } title) s.AppendLine(E($"title     {title}"));
        s.AppendLine();
        var text = article.Text;
        var at = 0;
        foreach (var cue in cues.OrderBy(x => x.Span.Start))
        {
            if (cue.Span.Start < at) continue; // cues never overlap in one voice; a crossing one is listed below only
            s.Append(E(text[at..cue.Span.Start]));
            var words = text[cue.Span.Start..cue.Span.End];
            if (markup)
            {
                var style = Colours.GetValueOrDefault(cue.Technique, "white") + (cue.IsOutletVoice ? " bold" : " dim underline");
                s.Append(c, $"[{style}]{E(words)}[/]");
            }
            else
            {
                s.Append(c, $"«{words}»{{{cue.Technique}{(cue.IsOutletVoice ? "" : "|quoted")}}}");
            }
            at = cue.Span.End;
        }
        s.AppendLine(E(text[at..]));
        s.AppendLine();
        s.AppendLine(E($"cues ({cues.Count(x => x.IsOutletVoice)} in the outlet's voice, {cues.Count(x => !x.IsOutletVoice)} a speaker's):"));
        foreach (var cue in cues)
            s.AppendLine(E($"  {cue.Technique,-26} {(cue.IsOutletVoice ? "outlet" : "quoted: " + (cue.SpeakerName ?? "unnamed") + (cue.SpeakerParty is null ? "" : $" [{cue.SpeakerParty}]")),-34} \"{cue.Text}\"  [{cue.Span}]  rule {cue.Rule} ({cue.Entry}); voice {cue.VoiceRule}"));
        s.AppendLine();
        s.AppendLine(E($"framed sentences   {profile.FramedSentences} of {profile.Sentences} ({profile.FramedShare:P0}){(profile.HeavilyFramed ? "  HEAVILY FRAMED" : "")}"));
        foreach (var d in profile.Dead)
            s.AppendLine(E($"dead: {d.Side,-11} {d.Killed,5}   words: {(d.Words.Count == 0 ? "-" : string.Join(", ", d.Words.Select(w => $"{w.Key} x{w.Value}")))}" +
                $"   registers: {(d.Registers.Count == 0 ? "-" : string.Join(", ", d.Registers.Select(r => $"{r.Key} x{r.Value}")))}"));
        if (profile.Dead.Count == 0) s.AppendLine("dead: none counted");
        s.AppendLine(E($"sides omitted      {(profile.SidesOmitted.Count == 0 ? "none" : string.Join(", ", profile.SidesOmitted))}"));
        s.AppendLine(E($"parties quoted     {(profile.PartiesQuoted.Count == 0 ? "none" : string.Join(", ", profile.PartiesQuoted))}"));
        s.AppendLine(E($"one-sided          {(profile.OneSided ? "yes: " + string.Join("; ", profile.Reasons) : "no")}"));
        return s.ToString();
    }
}
