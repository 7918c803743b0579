namespace Sitrep.Text;

/// <summary>A word, number or punctuation mark with its offsets into the article text.</summary>
internal readonly record struct WordToken(string Text, string Lower, int Start, int End)
{
    public bool IsWord => Text.Length > 0 && char.IsLetterOrDigit(Text[0]);
    public bool IsDigits => Text.Length > 0 && char.IsDigit(Text[0]);
}
