using System.Globalization;
using System.Text.Json;

namespace Sitrep.Evaluation;

/// <summary>
/// Reads gold cases written one JSON object a line (the format of EVAL_FORMAT.md). A line that
/// is not valid JSON or has a value of the wrong kind is reported at its line number; the other
/// lines are still read. Unknown properties are ignored.
/// </summary>
public static class JsonLinesGoldReader
{
    public static GoldSet Read(string path, TextReader reader)
    {
        var cases = new List<GoldCase>();
        var errors = new List<GoldReadError>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            var location = $"{path}:{lineNumber}";
            try
            {
                cases.Add(ParseLine(line, location));
            }
            catch (JsonException e)
            {
                errors.Add(new GoldReadError(location, $"not valid JSON: {e.Message}"));
            }
            catch (FormatException e)
            {
                errors.Add(new GoldReadError(location, e.Message));
            }
        }
        return new GoldSet(path, GoldFormat.JsonLines, cases, errors);
    }

    internal static GoldCase ParseLine(string line, string location)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            throw new FormatException($"expected a JSON object, found {root.ValueKind}");

        var text = String(root, "text") ?? throw new FormatException("text: missing or empty; every case needs the text to extract from");
        var id = Property(root, "id") is { } idValue
            ? idValue.ValueKind == JsonValueKind.Number ? idValue.GetRawText() : String(root, "id")
            : null;
        var kind = String(root, "reference_date_kind") switch
        {
            null or "published" => ReferenceDateKind.Published,
            "event" => ReferenceDateKind.Event,
            var other => throw new FormatException($"reference_date_kind: expected \"published\" or \"event\", found \"{other}\""),
        };
        var gold = Property(root, "gold") is { } goldElement ? ParseGold(goldElement) : null;
        return new GoldCase(
            id ?? location,
            text,
            GoldValues.Date("reference_date", String(root, "reference_date")),
            kind,
            gold,
            location)
        {
            Labels = Labels(root),
        };
    }

    /// <summary>The keys EVAL_FORMAT.md defines; every other top-level string is a label.</summary>
    private static readonly HashSet<string> CaseKeys = new(StringComparer.Ordinal) { "id", "text", "reference_date", "reference_date_kind", "gold" };

    private static Dictionary<string, string> Labels(JsonElement root)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
            if (!CaseKeys.Contains(property.Name) && property.Value.ValueKind == JsonValueKind.String
                && GoldValues.Clean(property.Value.GetString()) is { } value)
                labels[property.Name] = value;
        return labels;
    }

    internal static GoldEvent ParseGold(JsonElement gold)
    {
        if (gold.ValueKind != JsonValueKind.Object)
            throw new FormatException($"gold: expected an object or null, found {gold.ValueKind}");
        var result = new GoldEvent
        {
            DateStart = GoldValues.Date("gold.date_start", String(gold, "date_start", "gold.")),
            DateEnd = GoldValues.Date("gold.date_end", String(gold, "date_end", "gold.")),
            EventType = String(gold, "event_type", "gold."),
            SubEventType = String(gold, "sub_event_type", "gold."),
            Actor1 = String(gold, "actor1", "gold."),
            Actor2 = String(gold, "actor2", "gold."),
            Country = String(gold, "country", "gold."),
            Admin1 = String(gold, "admin1", "gold."),
            Admin2 = String(gold, "admin2", "gold."),
            Location = String(gold, "location", "gold."),
            Latitude = Coordinate(gold, "latitude", 90),
            Longitude = Coordinate(gold, "longitude", 180),
            FatalitiesBest = Count(gold, "fatalities_best"),
            FatalitiesLow = Count(gold, "fatalities_low"),
            FatalitiesHigh = Count(gold, "fatalities_high"),
            Injuries = Count(gold, "injuries"),
        };
        if (result.FatalitiesLow > result.FatalitiesHigh)
            throw new FormatException($"gold.fatalities_low ({result.FatalitiesLow}) is greater than gold.fatalities_high ({result.FatalitiesHigh})");
        return result;
    }

    private static JsonElement? Property(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static string? String(JsonElement obj, string name, string prefix = "") =>
        Property(obj, name) switch
        {
            null => null,
            { ValueKind: JsonValueKind.String } value => GoldValues.Clean(value.GetString()),
            var value => throw new FormatException($"{prefix}{name}: expected a string, found {value.Value.GetRawText()}"),
        };

    private static long? Count(JsonElement gold, string name) =>
        Property(gold, name) switch
        {
            null => null,
            { ValueKind: JsonValueKind.Number } value => GoldValues.Count("gold." + name, value.GetRawText()),
            var value => throw new FormatException($"gold.{name}: expected a whole number of people, found {value.Value.GetRawText()}"),
        };

    private static double? Coordinate(JsonElement gold, string name, double limit) =>
        Property(gold, name) switch
        {
            null => null,
            { ValueKind: JsonValueKind.Number } value => GoldValues.InRange("gold." + name, value.GetDouble(), limit),
            { ValueKind: JsonValueKind.String } value => GoldValues.Coordinate("gold." + name, value.GetString(), limit),
            var value => throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                $"gold.{name}: expected decimal degrees, found {value.Value.GetRawText()}")),
        };
}
