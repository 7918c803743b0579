namespace Sitrep.Numbers;

public enum QuantityQualifier
{
    Exact,
    AtLeast,
    MoreThan,
    About,
    UpTo,
    Nearly,
    Range,
    /// <summary>A vague word such as "several" or "dozens", converted by documented convention.</summary>
    Vague,
}
