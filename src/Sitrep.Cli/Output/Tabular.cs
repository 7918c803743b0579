using System.Text.Json.Nodes;

namespace Sitrep.Cli.Output;

/// <summary>
/// Rows of named columns as an aligned table, CSV (a header line, RFC 4180 quoting) or JSON
/// lines (numbers as numbers): how trend and compare write their figures.
/// </summary>
public static class Tabular
{
    public static void Write(IReadOnlyList<string> columns, IEnumerable<object?[]> rows, OutputFormat format, TextWriter output)
    {
        var list = rows.ToList();
        switch (format)
        {
            case OutputFormat.Json:
                foreach (var row in list)
                {
                    var o = new JsonObject();
                    for (var i = 0; i < columns.Count; i++) o[columns[i]] = JsonValue(row[i]);
                    output.WriteLine(o.ToJsonString());
                }
                break;
            case OutputFormat.Csv:
                output.WriteLine(string.Join(',', columns.Select(Csv)));
                foreach (var row in list) output.WriteLine(string.Join(',', row.Select(v => Csv(Text(v)))));
                break;
            default:
                var widths = columns.Select((c, i) => Math.Max(c.Length, list.Count == 0 ? 0 : list.Max(r => Text(r[i]).Length))).ToArray();
                output.WriteLine(string.Join("  ", columns.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
                foreach (var row in list)
                    output.WriteLine(string.Join("  ", row.Select((v, i) => v is string or null ? Text(v).PadRight(widths[i]) : Text(v).PadLeft(widths[i]))).TrimEnd());
                break;
        }
    }

    public static string Text(object? value) => value switch
    {
        null => "",
        double d when double.IsPositiveInfinity(d) => "inf",
        double d when double.IsNaN(d) => "",
        double d => d.ToString(Math.Abs(d) >= 0.001 || d == 0 ? "0.####" : "0.####e0", System.Globalization.CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static JsonNode? JsonValue(object? value) => value switch
    {
        null => null,
        double d when double.IsNaN(d) => null,
        double d when double.IsInfinity(d) => JsonValue<string>("inf"),
        double d => JsonValue<double>(d),
        long l => JsonValue<long>(l),
        int i => JsonValue<int>(i),
        bool b => JsonValue<bool>(b),
        _ => JsonValue<string>(Text(value)),
    };

    private static JsonNode JsonValue<T>(T value) => System.Text.Json.Nodes.JsonValue.Create(value)!;

    private static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
