using System.Globalization;
using Sitrep.Actors;
using Sitrep.Events;
using Sitrep.Ledger;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Framing;

/// <summary>
/// Reads an <see cref="ArticleFramingProfile"/> off a processed document: framing cues from the
/// framing annotator, the dead per side from the casualty figures (their victim side), the words
/// for those deaths from the casualty's sentence, the sides at war from the actors of its events,
/// and the parties quoted from quotations and reported speech (speaker → party by the source registry).
/// </summary>
public sealed class ArticleFramingProfiler(FramingLexicon lexicon, SourceRegistry sources, double heavilyFramedShare)
{
    /// <summary>Sides that fight; civilians are counted but never "omitted" as a warring side.</summary>
    private static readonly string[] ArmedSides = ["government", "insurgent", "foreign"];

    private readonly SpeakerParties _parties = new(sources);

    /// <summary>The first words of the two-word death words ("shot" of "shot dead"): no other word starts one.</summary>
    private readonly HashSet<string> _twoWordStarts = lexicon.DeathWords.Keys.Where(k => k.Contains(' '))
        .Select(k => k[..k.IndexOf(' ')]).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public double HeavilyFramedShare => heavilyFramedShare;

    public static ArticleFramingProfiler Load(DataPack data) => data.Get(d =>
    {
        var thresholds = d.ReadLines("framing/thresholds.tsv").Select(l => l.Split('\t'))
            .ToDictionary(f => f[0], f => f.Length == 2 && double.TryParse(f[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
                ? v : throw new FormatException($"framing/thresholds.tsv: expected name<TAB>number: {string.Join('\t', f)}"));
        return new ArticleFramingProfiler(FramingLexicon.Load(d), SourceRegistry.Load(d),
            thresholds.TryGetValue("heavily_framed_share", out var share) ? share : throw new FormatException("framing/thresholds.tsv: heavily_framed_share missing"));
    });

    public ArticleFramingProfile Profile(Document document)
    {
        var text = document.Text;
        var sentences = document.Sentences.Count > 0 ? document.Sentences.Select(s => s.Span).ToList() : [new Span(0, text.Length)];
        var own = document.Framing.Where(c => c.IsOutletVoice && c.Technique != "Call_to_Action").ToList();
        var framed = sentences.Count(s => own.Any(c => s.Start <= c.Span.Start && c.Span.Start < s.End));
        var techniques = own.GroupBy(c => c.Technique, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        var dead = Dead(document, sentences);
        var atWar = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in document.Events)
        {
            if (!e.Counts) continue;
            if (e.Agent is not null && SideOf(document, e.Agent.Span) is { } agent && ArmedSides.Contains(agent)) atWar.Add(agent);
            if (e.Target is not null && SideOf(document, e.Target.Span) is { } target && ArmedSides.Contains(target)) atWar.Add(target);
        }
        var counted = dead.Where(d => d.Killed > 0).Select(d => d.Side).ToHashSet(StringComparer.Ordinal);
        var countedArmed = counted.Where(ArmedSides.Contains).Order(StringComparer.Ordinal).ToList();
        // a side is omitted when the article counts some armed side's dead, and this side fights in its events
        var omitted = countedArmed.Count == 0 ? [] : atWar.Where(s => !counted.Contains(s)).Order(StringComparer.Ordinal).ToList();

        var parties = SpeechRegions.Of(document, lexicon.ReportingVerbs).Select(r => r.Speaker)
            .Concat(document.Casualties.Select(c => c.ClaimedBy)).Distinct(StringComparer.Ordinal)
            .Select(_parties.Of)
            .Where(p => p is not null).Select(p => p!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        // One-sided: the dead of one side honoured and the other's not, or removed by euphemism
        // while the other's are reported; or the dead of one side alone counted, with another side
        // in its events, at most one party heard, and labels for the other side in its own voice.
        var reasons = new List<string>();
        var withWords = dead.Where(d => d.Registers.Count > 0).ToList();
        var glorified = withWords.Where(d => d.Registers.ContainsKey("glorifying")).Select(d => d.Side).ToList();
        var plain = withWords.Where(d => !d.Registers.ContainsKey("glorifying")).Select(d => d.Side).ToList();
        if (glorified.Count > 0 && plain.Count > 0)
            reasons.Add($"honours the dead of {string.Join(", ", glorified)} as martyrs, not those of {string.Join(", ", plain)}");
        var euphemised = withWords.Where(d => d.Registers.ContainsKey("euphemism")).Select(d => d.Side).ToList();
        var told = withWords.Where(d => !d.Registers.ContainsKey("euphemism")).Select(d => d.Side).ToList();
        if (euphemised.Count > 0 && told.Count > 0)
            reasons.Add($"tells the deaths of {string.Join(", ", euphemised)} with a euphemism (eliminated, neutralised), those of {string.Join(", ", told)} plainly or as martyrdom");
        if (omitted.Count > 0 && parties.Count <= 1 && techniques.ContainsKey("Name_Calling,Labeling"))
            reasons.Add($"counts the dead of {string.Join(" and ", countedArmed)} only, not of {string.Join(" or ", omitted)} (a side in its events), hears at most one party and labels in its own voice");
        var heavily = sentences.Count > 0 && (double)framed / sentences.Count >= heavilyFramedShare;
        return new ArticleFramingProfile(document.Article.Id, document.Article.Outlet, document.Article.Published, sentences.Count, framed,
            own.Count, document.Framing.Count - own.Count - document.Framing.Count(c => c.IsOutletVoice && c.Technique == "Call_to_Action"),
            techniques, dead, omitted, parties, heavily, reasons.Count > 0, reasons);
    }

    /// <summary>The killed per side, each figure's death word taken as the nearest one in its sentence.</summary>
    private List<SideDeaths> Dead(Document document, List<Span> sentences)
    {
        var bySide = new SortedDictionary<string, (long Killed, Dictionary<string, int> Words, Dictionary<string, int> Registers)>(StringComparer.Ordinal);
        foreach (var c in document.Casualties.Where(c => c.Kind == CasualtyKind.Killed))
        {
            var side = c.Side ?? "unknown";
            if (!bySide.TryGetValue(side, out var entry))
                entry = (0, new Dictionary<string, int>(StringComparer.Ordinal), new Dictionary<string, int>(StringComparer.Ordinal));
            entry.Killed += c.Count.Value;
            if (DeathWord(document, sentences, c.Span) is { } word)
            {
                entry.Words[word] = entry.Words.GetValueOrDefault(word) + 1;
                var register = lexicon.DeathWords[word];
                entry.Registers[register] = entry.Registers.GetValueOrDefault(register) + 1;
            }
            bySide[side] = entry;
        }
        // "35 Taliban terrorists were eliminated": a count the casualty reader leaves to the
        // framing layer, since its verb is a euphemism: the number and the actor before the cue
        foreach (var cue in document.Framing.Where(c => c.Kind == "euphemism.kill"))
        {
            var sentence = sentences.FirstOrDefault(s => s.Start <= cue.Span.Start && cue.Span.Start < s.End);
            if (sentence == default || document.Casualties.Any(c => c.Kind == CasualtyKind.Killed && sentence.Start <= c.Span.Start && c.Span.Start < sentence.End && Math.Abs(c.Span.End - cue.Span.Start) < 40))
                continue;
            var count = document.Quantities.Where(q => sentence.Start <= q.Span.Start && q.Span.End <= cue.Span.Start && cue.Span.Start - q.Span.End < 60)
                .OrderByDescending(q => q.Span.Start).FirstOrDefault();
            if (count is null) continue;
            var side = SideOf(document, new Span(count.Span.End, cue.Span.Start));
            if (side is null) continue;
            if (!bySide.TryGetValue(side, out var entry))
                entry = (0, new Dictionary<string, int>(StringComparer.Ordinal), new Dictionary<string, int>(StringComparer.Ordinal));
            entry.Killed += count.Value;
            var word = cue.Text.ToLowerInvariant();
            entry.Words[word] = entry.Words.GetValueOrDefault(word) + 1;
            entry.Registers["euphemism"] = entry.Registers.GetValueOrDefault("euphemism") + 1;
            bySide[side] = entry;
        }
        return [.. bySide.Select(kv => new SideDeaths(kv.Key, kv.Value.Killed, kv.Value.Words, kv.Value.Registers))];
    }

    private string? DeathWord(Document document, List<Span> sentences, Span figure)
    {
        var sentence = sentences.FirstOrDefault(s => s.Start <= figure.Start && figure.Start < s.End);
        if (sentence == default) return null;
        var words = document.Words.Of(sentence);
        string? best = null;
        var distance = int.MaxValue;
        for (var i = 0; i < words.Count; i++)
        {
            // two-word forms first ("shot dead", "wiped out"), then one word
            var two = i + 1 < words.Count && _twoWordStarts.Contains(words[i].Lower) ? words[i].Lower + " " + words[i + 1].Lower : null;
            var form = two is not null && lexicon.DeathWords.ContainsKey(two) ? two : lexicon.DeathWords.ContainsKey(words[i].Lower) ? words[i].Lower : null;
            if (form is null) continue;
            var d = Math.Abs(words[i].Start - figure.Start);
            if (figure.Start <= words[i].Start && words[i].Start < figure.End) d = 0;
            if (d < distance) (best, distance) = (form, d);
        }
        return best;
    }

    /// <summary>The side of the first actor over <paramref name="span"/> that has one.</summary>
    private static string? SideOf(Document document, Span span)
    {
        foreach (var a in document.Actors)
            if (a.Span.Overlaps(span) && SideOf(a.Actor.Type) is { } side) return side;
        return null;
    }

    private static string? SideOf(ActorType type) => type switch
    {
        ActorType.StateForces => "government",
        ActorType.RebelGroup or ActorType.PoliticalMilitia => "insurgent",
        ActorType.ExternalForces => "foreign",
        ActorType.Civilians => "civilian",
        _ => null,
    };
}
