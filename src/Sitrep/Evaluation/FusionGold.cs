using System.Text.Json;

namespace Sitrep.Evaluation;

/// <summary>A fusion-gold report (EVAL_FORMAT.md "Fusion gold"): its id, line, text and the gold events it tells.</summary>
public sealed record FusionGoldReport(string Id, string Location, int Line, string Text, IReadOnlyList<string> Events);

/// <summary>A fusion-gold event: the case fields, its id, and whether parties' figures disagree (null: not scored).</summary>
public sealed record FusionGoldEvent(string Id, string Location, GoldEvent Gold, bool? Disputed);

/// <summary>Both files of a fusion gold set, with the lines that could not be read.</summary>
public sealed record FusionGold(string ReportsPath, string EventsPath, IReadOnlyList<FusionGoldReport> Reports, IReadOnlyList<FusionGoldEvent> Events, IReadOnlyList<GoldReadError> Errors)
{
    /// <summary>Reads the two JSON Lines files; a bad line becomes a located error and the rest is read.</summary>
    public static FusionGold Read(string reportsPath, string eventsPath)
    {
        var errors = new List<GoldReadError>();
        var reports = ReadLines(reportsPath, errors, (root, location, line) =>
        {
            var id = Text(root, "id") ?? throw new FormatException("id: missing; every report needs an id");
            var text = Text(root, "text") ?? throw new FormatException("text: missing or empty");
            var events = root.TryGetProperty("events", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select(e => e.GetString() ?? throw new FormatException("events: expected strings")).ToList()
                : throw new FormatException("events: missing; expected a list of gold event ids (empty for none)");
            return new FusionGoldReport(id, location, line, text, events);
        });
        var events = ReadLines(eventsPath, errors, (root, location, _) =>
        {
            var id = Text(root, "id") ?? throw new FormatException("id: missing; every gold event needs an id");
            bool? disputed = root.TryGetProperty("disputed", out var d) ? d.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.Null => null,
                _ => throw new FormatException($"disputed: expected true, false or null, found {d.GetRawText()}"),
            } : null;
            return new FusionGoldEvent(id, location, JsonLinesGoldReader.ParseGold(root), disputed);
        });
        var known = events.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var r in reports)
            foreach (var e in r.Events.Where(e => !known.Contains(e)))
                errors.Add(new GoldReadError(r.Location, $"report {r.Id} names gold event {e}, which {eventsPath} does not define"));
        foreach (var dup in events.GroupBy(e => e.Id).Where(g => g.Count() > 1))
            errors.Add(new GoldReadError(dup.Skip(1).First().Location, $"gold event id {dup.Key} defined more than once"));
        return new FusionGold(reportsPath, eventsPath, reports, events.DistinctBy(e => e.Id).ToList(), errors);
    }

    private static List<T> ReadLines<T>(string path, List<GoldReadError> errors, Func<JsonElement, string, int, T> parse)
    {
        var result = new List<T>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var location = $"{path}:{number}";
            try
            {
                using var json = JsonDocument.Parse(line);
                if (json.RootElement.ValueKind != JsonValueKind.Object) throw new FormatException($"expected a JSON object, found {json.RootElement.ValueKind}");
                result.Add(parse(json.RootElement, location, number));
            }
            catch (JsonException e) { errors.Add(new GoldReadError(location, $"not valid JSON: {e.Message}")); }
            catch (FormatException e) { errors.Add(new GoldReadError(location, e.Message)); }
            catch (InvalidOperationException e) { errors.Add(new GoldReadError(location, e.Message)); }
        }
        return result;
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString() is { Length: > 0 } s ? s : null,
            JsonValueKind.Number => v.GetRawText(),
            JsonValueKind.Null => null,
            _ => throw new FormatException($"{name}: expected a string, found {v.GetRawText()}"),
        } : null;
}
