using System.Text.Json.Serialization;
using Sitrep.Actors;
using Sitrep.Claims;
using Sitrep.Events;
using Sitrep.Framing;
using Sitrep.Geo;
using Sitrep.Numbers;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Serialization;

/// <summary>
/// Writing code generated at build time for the types written once or more per article: events
/// and every kind of annotation. It is the shape of <see cref="SitrepJson.Options"/> (camelCase,
/// nulls omitted, enums as camelCase names); the encoder is the writer's, given by
/// <see cref="SitrepJson.WriterOptions"/>. Only writing is generated: reading stays with reflection.
/// <see cref="GeneratedWriters"/> says how it is called and why.
/// </summary>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Serialization,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [
        typeof(CamelCaseEnum<ActorType>), typeof(CamelCaseEnum<CasualtyKind>), typeof(CamelCaseEnum<DatePrecision>),
        typeof(CamelCaseEnum<Modality>), typeof(CamelCaseEnum<PlaceKind>), typeof(CamelCaseEnum<QuantityQualifier>),
        typeof(CamelCaseEnum<TimeRole>),
    ])]
[JsonSerializable(typeof(EventMention))]
[JsonSerializable(typeof(List<EventMention>))]
[JsonSerializable(typeof(Sentence))]
[JsonSerializable(typeof(TimeExpression))]
[JsonSerializable(typeof(Quantity))]
[JsonSerializable(typeof(PlaceMention))]
[JsonSerializable(typeof(ActorMention))]
[JsonSerializable(typeof(Quote))]
[JsonSerializable(typeof(FramingCue))]
[JsonSerializable(typeof(Casualty))]
[JsonSerializable(typeof(StatisticalClaim))]
internal sealed partial class SitrepJsonContext : JsonSerializerContext;
