namespace Sitrep.Text;

/// <summary>
/// A word, number or punctuation mark with its offsets into the article text. <see cref="Joints"/>
/// counts the marks inside a word that the tokenizer joined ("thirty-seven", "didn't", "10,000",
/// "a.m"): they are the word's characters that are no letter or digit, and the finer views split there.
/// </summary>
internal readonly record struct WordToken(string Text, string Lower, int Start, int End, int Joints = 0)
{
    public bool IsWord => Text.Length > 0 && char.IsLetterOrDigit(Text[0]);
    public bool IsDigits => Text.Length > 0 && char.IsDigit(Text[0]);
}
