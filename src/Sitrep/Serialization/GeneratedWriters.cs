using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Sitrep.Serialization;

/// <summary>
/// The writing routines that <see cref="SitrepJsonContext"/> generated, by the type they write.
/// They are called directly rather than through <see cref="JsonSerializer"/>, which takes them
/// only when the context's options hold no converter, and ours must hold the camelCase enum
/// converters. That guard is for converters that would replace how a generated routine writes
/// strings or numbers; the routines hand every enum to its converter, so the bytes are the
/// reflection serializer's (SitrepJsonTests compares the two on every annotation and event kind).
/// A type missing here is written by reflection, as before.
/// </summary>
internal static class GeneratedWriters
{
    private static readonly Dictionary<Type, Action<Utf8JsonWriter, object>> ByType = Index(
        Writer(SitrepJsonContext.Default.EventMention),
        Writer(SitrepJsonContext.Default.ListEventMention),
        Writer(SitrepJsonContext.Default.Sentence),
        Writer(SitrepJsonContext.Default.TimeExpression),
        Writer(SitrepJsonContext.Default.Quantity),
        Writer(SitrepJsonContext.Default.PlaceMention),
        Writer(SitrepJsonContext.Default.ActorMention),
        Writer(SitrepJsonContext.Default.Quote),
        Writer(SitrepJsonContext.Default.FramingCue),
        Writer(SitrepJsonContext.Default.Casualty),
        Writer(SitrepJsonContext.Default.StatisticalClaim));

    /// <summary>The generated routine writing exactly <paramref name="type"/> (not a subtype), or null.</summary>
    public static Action<Utf8JsonWriter, object>? For(Type type) => ByType.GetValueOrDefault(type);

    /// <summary>The types written by generated code, for tests.</summary>
    public static IReadOnlyCollection<Type> Types => ByType.Keys;

    private static (Type, Action<Utf8JsonWriter, object>?) Writer<T>(JsonTypeInfo<T> info) =>
        (typeof(T), info.SerializeHandler is { } write ? (writer, value) => write(writer, (T)value) : null);

    private static Dictionary<Type, Action<Utf8JsonWriter, object>> Index(params (Type Type, Action<Utf8JsonWriter, object>? Write)[] writers) =>
        writers.Where(w => w.Write is not null).ToDictionary(w => w.Type, w => w.Write!);
}
