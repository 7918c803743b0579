namespace Sitrep.Geo;

/// <summary>
/// What the words around a name match say: a kind cue ("Nawa district", "the province of X",
/// "the Helmand capital"), a locative or "near" preposition, a direction adjective ("western
/// Farah"), a person's title, or capitalised neighbours that make it part of a longer proper name
/// (<see cref="ProperBefore"/>: a capitalised word just before it, as a surname follows a given name).
/// <see cref="Label"/>: the name labels a headline ("Katsina: ..."), a region rather than its capital.
/// </summary>
public sealed record PlaceContext(
    CueRole KindCue,
    string? KindCueText,
    bool Locative,
    bool Near,
    bool Direction,
    bool Title,
    bool InsideProperName,
    bool FollowedByWord,
    bool ProperBefore = false,
    bool Label = false)
{
    public static PlaceContext Read(string text, IReadOnlyList<TextToken> tokens, PlaceNameMatch match,
        PlaceCues cues, Func<int, bool> startsSentence, Func<string, bool> isStopWord)
    {
        var first = match.FirstToken;
        var last = match.LastToken;
        TextToken? Prev(int k) => first - k >= 0 && SameClause(text, tokens[first - k], tokens[first - k + 1]) ? tokens[first - k] : null;
        TextToken? Next(int k) => last + k < tokens.Count && SameClause(text, tokens[last + k - 1], tokens[last + k]) ? tokens[last + k] : null;
        CueRole Role(TextToken? t) => t is { } x ? cues.RoleOf(x.Fold) : CueRole.None;

        var kindCue = CueRole.None;
        string? kindCueText = null;
        var after = Role(Next(1));
        if (PlaceCues.IsKindCue(after))
        {
            kindCue = after;
            kindCueText = Next(1)!.Value.Fold;
        }
        else if (Prev(1) is { Fold: "of" } && PlaceCues.IsKindCue(Role(Prev(2))))
        {
            kindCue = Role(Prev(2)) switch
            {
                // "the Nawa district of Ghazni": a name before "district of" makes the next one its province
                CueRole.District when Prev(3) is { Capitalised: true } => CueRole.Province,
                // "Deh Naw village of Badghis": the name after a named village's "of" is its district or province, not a village
                CueRole.Village when Prev(3) is { Capitalised: true } => CueRole.None,
                var role => role,
            };
            kindCueText = kindCue == CueRole.None ? null : Prev(2)!.Value.Fold + " of" + (kindCue == CueRole.Province && Role(Prev(2)) == CueRole.District ? " (the province of a named district)" : "");
        }

        var before = Role(Prev(1));
        var beforeThe = Prev(1) is { Fold: "the" } ? Role(Prev(2)) : CueRole.None;
        var near = before == CueRole.Near
            || Prev(1) is { Fold: "of" } && Role(Prev(2)) == CueRole.Near;
        var locative = near || before == CueRole.Locative || beforeThe == CueRole.Locative
            || PlaceCues.IsKindCue(kindCue) && Prev(1) is { Fold: "of" };

        var prev = Prev(1);
        var next = Next(1);
        // A capitalised word before the name makes it part of a longer proper name ("Imran Khan"),
        // unless it is capitalised only because it opens the sentence ("In", "The").
        var properBefore = prev is { Capitalised: true } p && !(startsSentence(first - 1) && isStopWord(p.Fold)) && cues.RoleOf(p.Fold) == CueRole.None
            && text.AsSpan(p.End, tokens[first].Start - p.End).SequenceEqual(" ");
        var properAfter = next is { Capitalised: true } n && cues.RoleOf(n.Fold) == CueRole.None
            && text.AsSpan(tokens[last].End, n.Start - tokens[last].End).SequenceEqual(" ");
        var followedByWord = next is { } w && IsWordGap(text.AsSpan(tokens[last].End, w.Start - tokens[last].End));

        return new PlaceContext(kindCue, kindCueText, locative, near, before == CueRole.Direction, before == CueRole.Title,
            properBefore || properAfter, followedByWord, properBefore);
    }

    /// <summary>Plain white space within a paragraph: a space or a single line break.</summary>
    private static bool IsWordGap(ReadOnlySpan<char> gap)
    {
        if (gap.Length == 0 || gap.Count('\n') > 1) return false;
        foreach (var c in gap)
            if (!char.IsWhiteSpace(c)) return false;
        return true;
    }

    /// <summary>Context words count only within a clause: no sentence punctuation in between.</summary>
    private static bool SameClause(string text, TextToken a, TextToken b)
    {
        foreach (var c in text.AsSpan(a.End, b.Start - a.End))
            if (c is '.' or ',' or ';' or ':' or '!' or '?' or '(' or ')' or '"' or '\u201C' or '\u201D'
                || PlaceNameNormalizer.IsApostrophe(c)) return false;
        if (text.AsSpan(a.End, b.Start - a.End).Count('\n') > 1) return false; // a blank line ends the paragraph
        return true;
    }
}
