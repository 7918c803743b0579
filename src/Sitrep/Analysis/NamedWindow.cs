namespace Sitrep.Analysis;

/// <summary>
/// A period with a name analysts compare against others: a ceasefire, the reduction-in-violence
/// week. <see cref="Source"/> says where its dates come from (data/windows/README.md).
/// </summary>
public sealed record NamedWindow(string Id, string Name, DateRange Range, string Kind, string Source);
