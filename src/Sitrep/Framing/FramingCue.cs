using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Framing;

/// <summary>
/// A framing technique found in the text: its span and words, the technique (research taxonomy
/// name, e.g. <c>Name_Calling,Labeling</c>), the rule (<c>framing.&lt;kind&gt;</c>) and lexicon
/// entry behind it, and whose framing it is: the outlet's own voice, or a speaker it quotes or
/// reports (<see cref="SpeakerName"/> when the text names them, <see cref="SpeakerParty"/> when the
/// source registry knows whom they speak for), with the rule that decided it.
/// </summary>
public sealed record FramingCue(
    Span Span,
    string Rule,
    string Technique,
    string Kind,
    string Text,
    string Entry,
    string Speaker = FramingCue.Outlet,
    string? SpeakerName = null,
    string? SpeakerParty = null,
    string VoiceRule = FramingCue.OutletVoiceRule) : Annotation(Span, Rule)
{
    public const string Outlet = "outlet";
    public const string Quoted = "quoted";
    public const string OutletVoiceRule = "voice.outlet";

    public bool IsOutletVoice => Speaker == Outlet;
}
