namespace Sitrep.Actors;

/// <summary>The camps the rules sort actor types into.</summary>
public static class ActorTypeExtensions
{
    /// <summary>State forces and the foreign forces beside them.</summary>
    public static bool IsStateSide(this ActorType type) => type is ActorType.StateForces or ActorType.ExternalForces;

    /// <summary>Any side that fights: state, foreign, rebel, militia.</summary>
    public static bool IsArmed(this ActorType type) =>
        type is ActorType.StateForces or ActorType.ExternalForces or ActorType.RebelGroup or ActorType.PoliticalMilitia or ActorType.IdentityMilitia;
}
