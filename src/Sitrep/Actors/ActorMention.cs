using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Actors;

public sealed record ActorMention(Span Span, string Rule, string Text, Actor Actor) : Annotation(Span, Rule);
