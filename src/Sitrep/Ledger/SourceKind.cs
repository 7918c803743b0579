namespace Sitrep.Ledger;

/// <summary>What kind of outlet a report comes from (data/sources/README.md).</summary>
public enum SourceKind
{
    Unknown,
    Wire,
    National,
    Local,
    /// <summary>A party's own outlet or spokesman: a ministry, the armed forces, an insurgent group's statements.</summary>
    Party,
    UnNgo,
    /// <summary>Commentary that takes a side.</summary>
    Partisan,
}
