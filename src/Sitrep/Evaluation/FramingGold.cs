using System.Text;
using System.Text.Json;

namespace Sitrep.Evaluation;

/// <summary>One span of framing gold: UTF-16 offsets (end exclusive), the technique, and whose voice it is (outlet or quoted; null when not given).</summary>
public sealed record FramingGoldSpan(int Start, int End, string Technique, string? Speaker);

/// <summary>One passage of framing gold (EVAL_FORMAT.md, "Framing gold: techniques as spans").</summary>
public sealed record FramingPassage(string Id, string Text, string? Style, IReadOnlyList<FramingGoldSpan> Spans);

/// <summary>
/// A framing gold file read line by line: passages that read, and a located error for each line
/// that does not (the lines beside it are still scored).
/// </summary>
public sealed record FramingGold(string Path, IReadOnlyList<FramingPassage> Passages, IReadOnlyList<GoldReadError> Errors)
{
    /// <summary>True when the first non-blank line of the file is a JSON object with a "spans" key: the framing format.</summary>
    public static bool IsFramingFile(string path)
    {
        if (!File.Exists(path)) return false;
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Trim().Length == 0) continue;
            try
            {
                using var json = JsonDocument.Parse(line);
                return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("spans", out _);
            }
            catch (JsonException)
            {
                return false;
            }
        }
        return false;
    }

    public static FramingGold Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(path, reader);
    }

    public static FramingGold Read(string path, TextReader reader)
    {
        var passages = new List<FramingPassage>();
        var errors = new List<GoldReadError>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            number++;
            if (line.Trim().Length == 0) continue;
            try
            {
                var passage = Parse(line, number);
                if (!ids.Add(passage.Id)) throw new FormatException($"id \"{passage.Id}\" appears twice");
                passages.Add(passage);
            }
            catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
            {
                errors.Add(new GoldReadError($"{path}:{number}", (e is JsonException ? "not valid JSON: " : "") + FirstLine(e.Message) + "; passage left out"));
            }
        }
        return new FramingGold(path, passages, errors);
    }

    private static FramingPassage Parse(string line, int number)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        if (root.ValueKind != JsonValueKind.Object) throw new FormatException("expected a JSON object");
        var text = Required(root, "text");
        var id = root.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String ? idValue.GetString()! : $"line {number}";
        var style = root.TryGetProperty("style", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
        if (!root.TryGetProperty("spans", out var spans) || spans.ValueKind != JsonValueKind.Array)
            throw new FormatException("\"spans\" must be an array");
        var list = new List<FramingGoldSpan>();
        var i = 0;
        foreach (var span in spans.EnumerateArray())
        {
            var start = Int(span, "start", i);
            var end = Int(span, "end", i);
            if (start < 0 || end <= start || end > text.Length)
                throw new FormatException($"span {i}: [{start}, {end}) is not inside the text (length {text.Length} UTF-16 units) or is empty");
            var technique = Required(span, "technique");
            var speaker = span.TryGetProperty("speaker", out var sp) && sp.ValueKind == JsonValueKind.String ? sp.GetString() : null;
            list.Add(new FramingGoldSpan(start, end, technique, speaker));
            i++;
        }
        return new FramingPassage(id, text, style, list);
    }

    private static string Required(JsonElement e, string key) =>
        e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : throw new FormatException($"\"{key}\" must be a string");

    private static int Int(JsonElement e, string key, int index) =>
        e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n)
            ? n
            : throw new FormatException($"span {index}: \"{key}\" must be an integer");

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
