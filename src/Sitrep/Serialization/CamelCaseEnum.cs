using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sitrep.Serialization;

/// <summary>
/// An enum written as its camelCase name, as <see cref="SitrepJson.Options"/> writes every enum.
/// One per enum type because a source-generated context takes converters by type, each made
/// without arguments, and the non-generic factory is refused there (SYSLIB1034).
/// </summary>
internal sealed class CamelCaseEnum<T>() : JsonStringEnumConverter<T>(JsonNamingPolicy.CamelCase) where T : struct, Enum;
