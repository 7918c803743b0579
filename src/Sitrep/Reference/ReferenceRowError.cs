namespace Sitrep.Reference;

/// <summary>A row of a reference file that was left out: its line (1-based, header included) and why.</summary>
public sealed record ReferenceRowError(string File, long Line, string Reason)
{
    public override string ToString() => $"{File}:{Line}: {Reason}";
}
