using Sitrep.Text;

namespace Sitrep.Actors;

/// <summary>
/// One way of writing an actor, tokenised for matching. Acronyms (all capitals) match
/// case-sensitively; metonyms ("^Washington") do not match after a place preposition; a generic
/// site ("@village", "@market") stands for the civilians found there.
/// </summary>
public sealed record ActorAlias(string Text, Actor Actor, string[] Tokens, bool IsAcronym, bool IsMetonym, bool IsGeneric, bool IsSite = false)
{
    public static ActorAlias Create(string written, Actor actor, bool generic)
    {
        var metonym = written.StartsWith('^');
        var site = generic && written.StartsWith('@');
        var text = written.TrimStart('^', '@');
        var tokens = LexView.Of(text).Select(t => t.Text).ToArray();
        var letters = text.Where(char.IsLetter).ToArray();
        var acronym = letters.Length >= 2 && letters.All(char.IsUpper);
        return new ActorAlias(text, actor, tokens, acronym, metonym, generic, site);
    }
}
