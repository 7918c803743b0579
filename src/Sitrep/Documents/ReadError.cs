namespace Sitrep.Documents;

/// <summary>An input that could not be read: where (file, "file:line") and why, in words a user can act on.</summary>
public sealed record ReadError(string Location, string Reason)
{
    public override string ToString() => $"{Location}: {Reason}";
}
