namespace Sitrep.Actors;

/// <summary>Actor types; the numbers are ACLED's inter codes.</summary>
public enum ActorType
{
    StateForces = 1,
    RebelGroup = 2,
    PoliticalMilitia = 3,
    IdentityMilitia = 4,
    Rioters = 5,
    Protesters = 6,
    Civilians = 7,
    ExternalForces = 8,
}
