using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sitrep.Cli.Commands;

namespace Sitrep.Tests.Evaluation;

/// <summary>
/// Runs <c>sitrep eval</c> on each development gold set and fails when a metric falls below the
/// floor recorded in <c>tests/gold/floors.tsv</c>, so a refactor that loses accuracy is caught
/// by the test suite and not only by someone diffing eval tables by hand.
/// </summary>
public class DevSetFloorTests
{
    public static TheoryData<string> GoldFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in ReadFloors().Select(f => f.Gold).Distinct(StringComparer.Ordinal))
            data.Add(file);
        return data;
    }

    [Theory]
    [MemberData(nameof(GoldFiles))]
    public void NoMetricFallsBelowItsFloor(string goldFile)
    {
        var output = new StringWriter();
        EvalCommand.Create()
            .Parse(["--gold", Path.Combine(RepoPaths.Root, goldFile), "--json"])
            .Invoke(new InvocationConfiguration { Output = output, Error = new StringWriter() });
        using var report = JsonDocument.Parse(output.ToString());
        var metrics = report.RootElement.GetProperty("metrics");

        var below = new List<string>();
        foreach (var floor in ReadFloors().Where(f => f.Gold == goldFile))
        {
            var metric = metrics.GetProperty(floor.Metric);
            var correct = metric.GetProperty("correct").GetInt32();
            var accuracy = metric.GetProperty("accuracy").GetDouble();
            if (correct < floor.MinCorrect || accuracy < floor.MinAccuracy)
                below.Add($"{floor.Metric}: {correct} correct, {accuracy:0.0000} (floor {floor.MinCorrect}, {floor.MinAccuracy:0.0000})");
        }
        Assert.True(below.Count == 0, goldFile + ": " + string.Join("; ", below));
    }

    [Fact]
    public void EveryDevelopmentSetHasFloors()
    {
        var files = ReadFloors().Select(f => f.Gold).ToHashSet(StringComparer.Ordinal);
        foreach (var dev in Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "gold"), "dev*.jsonl"))
            Assert.Contains("tests/gold/" + Path.GetFileName(dev), files);
    }

    private sealed record Floor(string Gold, string Metric, int MinCorrect, double MinAccuracy);

    private static List<Floor> ReadFloors() =>
        File.ReadLines(Path.Combine(RepoPaths.Root, "tests", "gold", "floors.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(f => new Floor(f[0], f[1], int.Parse(f[2], CultureInfo.InvariantCulture), double.Parse(f[3], CultureInfo.InvariantCulture)))
            .ToList();
}
