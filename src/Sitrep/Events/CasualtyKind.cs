namespace Sitrep.Events;

public enum CasualtyKind
{
    Killed,
    Injured,
}
