namespace Sitrep.Actors;

/// <summary>
/// "a former police officer", "an ex-ALP commander", "a one-time rebel commander": someone who has left an armed
/// force or group is a civilian, as ACLED codes them, so killing them is violence against civilians, not a battle.
/// The cues are in <c>actors/former_cues.txt</c>.
/// </summary>
public sealed class FormerMembers(ActorDictionary dictionary, IEnumerable<string> cues)
{
    public const string File = "actors/former_cues.txt";
    public const string Rule = "actor.former-member";

    private readonly string[] _cues = [.. cues.Select(c => c.Trim()).Where(c => c.Length > 0)];

    /// <summary>The mention as the civilians of its actor's country when a cue is written right before it, else the mention.</summary>
    public ActorMention Apply(ActorMention mention, string text)
    {
        if (!mention.Actor.Type.IsArmed() || Cue(text, mention.Span.Start) is not { } start) return mention;
        var civilians = dictionary.Resolve($"Civilians ({mention.Actor.Country})") ?? dictionary.ById("civilians_af");
        if (civilians is null) return mention;
        var span = new Text.Span(start, mention.Span.End);
        return new ActorMention(span, ActorAnnotator.GenericRule, span.Of(text), civilians);
    }

    /// <summary>Where a cue that ends right before <paramref name="at"/> starts ("former " or "ex-"), or null.</summary>
    private int? Cue(string text, int at)
    {
        foreach (var cue in _cues)
        {
            // "ex-" is joined to its noun, "former" stands before it with a space
            var end = cue.EndsWith('-') ? at : at - 1;
            var start = end - cue.Length;
            if (start < 0 || cue.EndsWith('-') is false && text[end] != ' ') continue;
            if (string.Compare(text, start, cue, 0, cue.Length, StringComparison.OrdinalIgnoreCase) != 0) continue;
            if (start > 0 && char.IsLetter(text[start - 1])) continue;
            return start;
        }
        return null;
    }
}
