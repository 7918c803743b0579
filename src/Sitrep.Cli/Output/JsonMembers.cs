using System.Text.Json;

namespace Sitrep.Cli.Output;

/// <summary>
/// Copies the members of a JSON object into a writer that has an object open, so that more
/// members can follow them: what <c>JsonObject.TryAdd</c> did on a parsed copy, without the
/// parsed copy. Strings and numbers are copied as written, already escaped by the same encoder.
/// For a writer of one line only: a value copied as written (<see cref="Utf8JsonWriter.WriteRawValue(ReadOnlySpan{byte}, bool)"/>)
/// is not laid out on a line of its own inside an indented array.
/// </summary>
public static class JsonMembers
{
    /// <summary>
    /// Writes the members of <paramref name="json"/>, one JSON object, into <paramref name="writer"/>;
    /// true when one of them (not a member of a nested object) is named <paramref name="name"/>.
    /// </summary>
    public static bool Copy(ReadOnlySpan<byte> json, Utf8JsonWriter writer, ReadOnlySpan<byte> name)
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) throw new ArgumentException("not a JSON object", nameof(json));
        var found = false;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    found |= reader.CurrentDepth == 1 && reader.ValueTextEquals(name);
                    if (reader.ValueIsEscaped) writer.WritePropertyName(reader.GetString()!);
                    else writer.WritePropertyName(reader.ValueSpan);
                    break;
                case JsonTokenType.StartObject:
                    writer.WriteStartObject();
                    break;
                case JsonTokenType.EndObject:
                    if (reader.CurrentDepth == 0) return found; // the copied object's own end: the caller closes it
                    writer.WriteEndObject();
                    break;
                case JsonTokenType.StartArray:
                    writer.WriteStartArray();
                    break;
                case JsonTokenType.EndArray:
                    writer.WriteEndArray();
                    break;
                case JsonTokenType.String:
                    // the token with its quotes, its escapes as they were written
                    writer.WriteRawValue(json.Slice((int)reader.TokenStartIndex, reader.ValueSpan.Length + 2), skipInputValidation: true);
                    break;
                case JsonTokenType.Number:
                    writer.WriteRawValue(reader.ValueSpan, skipInputValidation: true);
                    break;
                case JsonTokenType.True:
                case JsonTokenType.False:
                    writer.WriteBooleanValue(reader.TokenType == JsonTokenType.True);
                    break;
                case JsonTokenType.Null:
                    writer.WriteNullValue();
                    break;
            }
        }
        throw new ArgumentException("unterminated JSON object", nameof(json));
    }
}
