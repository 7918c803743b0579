namespace Sitrep.Framing;

/// <summary>
/// The runs of letters inside a word ("al-Qaeda's": "al", "Qaeda", "s"), as offsets into it:
/// the units the framing gate and the phrase lookup key their tables on, so that both cut words alike.
/// </summary>
internal ref struct LetterRuns(ReadOnlySpan<char> word)
{
    private readonly ReadOnlySpan<char> _word = word;
    private int _next;

    public (int Start, int End) Current { get; private set; }

    public bool MoveNext()
    {
        var start = _next;
        while (start < _word.Length && !char.IsLetter(_word[start])) start++;
        if (start >= _word.Length) return false;
        var end = start + 1;
        while (end < _word.Length && char.IsLetter(_word[end])) end++;
        Current = (start, end);
        _next = end;
        return true;
    }

    public readonly LetterRuns GetEnumerator() => this;
}
