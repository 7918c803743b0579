using System.Text.Json;

namespace Sitrep.Tests.Evaluation;

internal static class JsonAssert
{
    /// <summary>Each metric's printed scored/correct/unresolved equal the expected ones, and accuracy is correct/scored to 4 places.</summary>
    public static void MetricsEqual(JsonElement metrics, IReadOnlyDictionary<string, (int Scored, int Correct, int Unresolved)> expected)
    {
        Assert.Equal(expected.Keys.Order(), metrics.EnumerateObject().Select(p => p.Name).Order());
        foreach (var (metric, (scored, correct, unresolved)) in expected)
        {
            var m = metrics.GetProperty(metric);
            Assert.True(
                (scored, correct, unresolved) == (m.GetProperty("scored").GetInt32(), m.GetProperty("correct").GetInt32(), m.GetProperty("unresolved").GetInt32()),
                $"{metric}: expected ({scored}, {correct}, {unresolved}), printed {m}");
            var accuracy = m.GetProperty("accuracy");
            if (scored == 0)
                Assert.Equal(JsonValueKind.Null, accuracy.ValueKind);
            else
                Assert.Equal(Math.Round((double)correct / scored, 4), accuracy.GetDouble());
        }
    }
}
