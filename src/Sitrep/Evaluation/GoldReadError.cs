namespace Sitrep.Evaluation;

/// <summary>A record that could not be read or processed; <see cref="Location"/> is "file:line".</summary>
public sealed record GoldReadError(string Location, string Message)
{
    public override string ToString() => $"{Location}: {Message}";
}
