namespace Sitrep.Text;

/// <summary>A word or a punctuation mark of the event rules' finer split (<see cref="LexView"/>) and where it sits in the text.</summary>
public readonly record struct LexToken(int Start, int End, string Text)
{
    public bool IsWord => Text.Length > 0 && char.IsLetterOrDigit(Text[0]);
    public Span Span => new(Start, End);
}
