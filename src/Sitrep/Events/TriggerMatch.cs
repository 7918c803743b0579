using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>A trigger phrase found in a sentence: token range, head token (first word) and the rule.</summary>
public sealed record TriggerMatch(TriggerRule Rule, int FirstToken, int EndToken, Span Span, string Text, string HeadForm, string? VerbLemma)
{
    public bool IsNounPhrase => VerbLemma is null;
}
