using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sitrep.Serialization;

/// <summary>The one JSON shape Sitrep writes everywhere: camelCase, enums as names, nulls omitted.</summary>
public static class SitrepJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: false);
    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>
    /// The writer settings <paramref name="options"/> stand for, as <see cref="JsonSerializer"/>
    /// derives them when it writes a string itself, so that a hand-made writer gives the same bytes.
    /// </summary>
    public static JsonWriterOptions WriterOptions(JsonSerializerOptions options) => new()
    {
        Encoder = options.Encoder,
        Indented = options.WriteIndented,
        IndentCharacter = options.IndentCharacter,
        IndentSize = options.IndentSize,
        NewLine = options.NewLine,
        MaxDepth = options.MaxDepth == 0 ? 64 : options.MaxDepth,
        SkipValidation = true,
    };

    /// <summary>
    /// <paramref name="value"/> as JSON: of its runtime type when <typeparamref name="T"/> is object
    /// (an annotation of any kind), of <typeparamref name="T"/> otherwise, as <see cref="JsonSerializer"/> writes it.
    /// </summary>
    public static string Serialize<T>(T value, bool indented = false)
    {
        if (value is null || GeneratedWriters.For(WrittenType(value)) is not { } write)
            return JsonSerializer.Serialize(value, indented ? Indented : Options);
        var pooled = PooledJsonWriter.Rent(indented);
        write(pooled.Writer, value);
        return pooled.ToString();
    }

    /// <summary>Writes <paramref name="value"/> into <paramref name="writer"/> as <see cref="Serialize{T}"/> would, in the writer's form.</summary>
    public static void Write<T>(Utf8JsonWriter writer, T value)
    {
        if (value is null) writer.WriteNullValue();
        else if (GeneratedWriters.For(WrittenType(value)) is { } write) write(writer, value);
        else JsonSerializer.Serialize(writer, value, WrittenType(value), Options);
    }

    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options);

    /// <summary>The type whose properties the serializer writes: declared, except that object means the value's own.</summary>
    private static Type WrittenType<T>(T value) => typeof(T) == typeof(object) ? value!.GetType() : typeof(T);
}
