using Sitrep.Geo;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>An event being assembled from one or more triggers of a sentence (and maybe a following one).</summary>
internal sealed class EventDraft(SentenceContext sentence, int clauseFirst, int clauseEnd)
{
    public SentenceContext Sentence { get; } = sentence;
    public int ClauseFirst { get; set; } = clauseFirst;
    public int ClauseEnd { get; set; } = clauseEnd;
    /// <summary>Token range searched for the event's place (narrower than the clause after an "and in" split).</summary>
    public (int First, int End) PlaceScope { get; set; } = (clauseFirst, clauseEnd);
    public List<TriggerMatch> Triggers { get; } = [];
    public List<(TriggerMatch Trigger, FoundArgument? Agent, FoundArgument? Target, bool Passive)> Arguments { get; } = [];
    public int Part { get; set; } = 1;
    /// <summary>Set on each event split from one clause ("two attacks in A and in B"): how many there are, so a total told for all is shared.</summary>
    public int SharedBy { get; set; } = 1;
    public bool TakesCasualties { get; set; } = true;
    /// <summary>Another violent event of the same sentence exists: casualties are read from the clause only.</summary>
    public bool SharesSentence { get; set; }
    /// <summary>Sentences after the trigger sentence whose casualty figures belong to this event.</summary>
    public List<SentenceContext> Continuations { get; } = [];
    /// <summary>
    /// Later sentences that refer back to this event by a definite noun ("The strike hit ... late on
    /// Wednesday night") and so add the date, place and casualties the first telling lacked.
    /// </summary>
    public List<EventDraft> Refinements { get; } = [];
    public List<Evidence> ExtraEvidence { get; } = [];

    /// <summary>The last sentence that told of this event: its own, a continuation's or a refinement's.</summary>
    public Sentence LastSentence => Continuations.Select(c => c.Sentence).Concat(Refinements.Select(r => r.Sentence.Sentence))
        .Append(Sentence.Sentence).MaxBy(x => x.Index)!;
    public FoundArgument? ContinuationAgent { get; set; }

    /// <summary>Triggers that name the help another act had ("commandos backed by air strikes recaptured"): never the event's type.</summary>
    public HashSet<TriggerMatch> Supporting { get; } = [];

    /// <summary>A later sentence's "the demonstration" that says what this crowd's act was: it types the event.</summary>
    public TriggerMatch? NamedAs { get; set; }

    /// <summary>
    /// The trigger that types the event: not a supporting one, then the highest rule rank, then the
    /// earliest; of equals, the first listed. Read dozens of times per event, so found in one pass.
    /// </summary>
    public TriggerMatch Main
    {
        get
        {
            var best = Triggers[0];
            for (var i = 1; i < Triggers.Count; i++)
                if (Before(Triggers[i], best)) best = Triggers[i];
            return best;
        }
    }

    private bool Before(TriggerMatch a, TriggerMatch b)
    {
        var (supportingA, supportingB) = (Supporting.Contains(a), Supporting.Contains(b));
        if (supportingA != supportingB) return supportingB;
        if (a.Rule.Rank != b.Rule.Rank) return a.Rule.Rank > b.Rule.Rank;
        return a.FirstToken < b.FirstToken;
    }

    public bool IsViolent => Triggers.Any(t => t.Rule.IsViolent);

    /// <summary>Who a claim of responsibility or a blame names as perpetrator (beats an unnamed agent).</summary>
    public FoundArgument? ClaimedAgent { get; set; }

    /// <summary>Set when a capture happened "without a fight" or as the defenders withdrew: the cue that says so.</summary>
    public TriggerMatch? TransferCue { get; set; }

    /// <summary>Violence by or against the crowd of a protest in the same sentence.</summary>
    public bool ProtestTurnedViolent { get; set; }

    /// <summary>
    /// Members of the crowd died where state forces broke up the protest ("police fired tear gas ..., and one
    /// protester died"): the protest is coded as excessive force, and its dead are counted.
    /// </summary>
    public bool ForceKilled { get; set; }

    /// <summary>
    /// The state forces of the sentence turned on its protesters ("fired live rounds at protesters, killing four"):
    /// dead the text gives no side of their own are the crowd's.
    /// </summary>
    public bool CrowdFiredOn { get; set; }

    public Span ClauseSpan => Sentence.SpanOf(ClauseFirst, ClauseEnd);
}
