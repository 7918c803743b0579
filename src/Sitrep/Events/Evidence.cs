using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>Why an event field has its value: the span it came from and the rule that read it.</summary>
public sealed record Evidence(string Field, Span Span, string Rule, string Text);
