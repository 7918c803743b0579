namespace Sitrep.Geo;

/// <summary>How closely a text name must agree with a gazetteer name, strictest first.</summary>
public enum NameAgreement
{
    Fold,
    Key,
    Skeleton,
}
