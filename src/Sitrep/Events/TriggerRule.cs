namespace Sitrep.Events;

/// <summary>How a trigger's agent and target are found around it (column <c>args</c> of triggers.tsv).</summary>
public enum ArgumentPattern
{
    /// <summary>Agent is the subject before the trigger, target the object after it; passive "by" swaps them.</summary>
    Active,
    /// <summary>Noun trigger: agent before it ("a Taliban attack", "X launched an attack"), target after "on/against/at".</summary>
    Noun,
    /// <summary>Casualty verbs (kill, wound, die): the object (or passive subject) are the victims.</summary>
    Victims,
    /// <summary>"clashes between X and Y", "X clashed with Y": the two sides in order.</summary>
    Between,
    /// <summary>Political interaction: agent before, recipient after ("with X", "from X", object).</summary>
    Recipient,
    /// <summary>Only the acting group matters (protests).</summary>
    Self,
    /// <summary>"fell to the Taliban": the agent follows the trigger.</summary>
    AgentAfter,
    /// <summary>Like Active, for the capture of a position ("overran an army base"): a capture that a transfer cue can make non-violent.</summary>
    Capture,
    /// <summary>Like Active, for taking territory by assault ("stormed", "overran"): never a non-violent transfer.</summary>
    Assault,
    /// <summary>Intransitive casualty verbs ("27 people died"): the subject is the victim.</summary>
    SubjectVictims,
    /// <summary>"without a fight", "after forces withdrew": turns a capture in the same sentence into a non-violent transfer; no event alone.</summary>
    TransferCue,
    /// <summary>Like Active, but the reading holds only with a place or actor right after ("captured Karukh", "engaged Taliban fighters").</summary>
    NeedsObject,
    /// <summary>
    /// A capture read only when a town, district or province is named right after the verb ("took
    /// Sheberghan", "entered Zaranj"; not "took the wounded to Kabul"); a transfer cue can make it non-violent.
    /// </summary>
    NeedsPlace,
    /// <summary>
    /// Like Recipient, for a noun that names an agreement ("the ceasefire held", "the deal was close"):
    /// an event only when a verb of the clause makes it or says it took effect ("announced a truce", "the ceasefire began").
    /// </summary>
    Reference,
    /// <summary>
    /// "X repelled a Taliban attack", "X foiled an assault by Y": the attacker (after the trigger) is
    /// the agent and the side that held (the subject) the target, as the fight is coded from the attack.
    /// </summary>
    Repel,
    /// <summary>
    /// Like Active, for an operation of armed forces ("conducted a clearance operation in Dila district"):
    /// a fight only when it has a toll of its own or told in the sentences after; an operation with none
    /// (a search, an arrest raid) is no battle.
    /// </summary>
    Operation,
    /// <summary>
    /// "the trailer hit a Taliban mine", "a patrol stepped on a mine": the one that hit the weapon (the subject)
    /// is the target, and who laid it, named inside the phrase, the agent.
    /// </summary>
    Struck,
}

/// <summary>One row of the trigger lexicon: what a matched phrase means.</summary>
public sealed record TriggerRule(
    string Id,
    string EventType,
    string? SubEventType,
    string? Plover,
    string? Mode,
    ArgumentPattern Arguments,
    int Rank)
{
    public const string ByTarget = "*violence";
    public const string ByAgent = "*territory";

    public bool IsViolent => EventType is ByTarget or ByAgent or "Battles" or "Explosions/Remote violence" or "Violence against civilians";

    /// <summary>Casualty verbs alone do not make an event distinct from the one just described.</summary>
    public bool IsCasualtyOnly => Arguments is ArgumentPattern.Victims or ArgumentPattern.SubjectVictims;

    public string RuleId => "trigger." + Id;

    /// <summary>Taking territory or a position: "without a fight" or a withdrawal in the sentence makes it a non-violent transfer.</summary>
    public bool IsCapture => EventType == ByAgent || Arguments is ArgumentPattern.Capture or ArgumentPattern.NeedsPlace;
}
