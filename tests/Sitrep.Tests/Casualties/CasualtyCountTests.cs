using Sitrep.Tests.Foundation;

namespace Sitrep.Tests.Casualties;

/// <summary>Hand-checked killed/injured totals for sentences in the style of the reporting Sitrep reads: tests/spec/casualties.tsv.</summary>
public class CasualtyCountTests
{
    public static TheoryData<int, string, long, long> Rows()
    {
        var data = new TheoryData<int, string, long, long>();
        foreach (var (line, c) in SpecFile.Rows("casualties.tsv", 3))
            data.Add(line, c[0], c[1] == "-" ? -1 : long.Parse(c[1]), c[2] == "-" ? -1 : long.Parse(c[2]));
        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Codes_killed_and_injured(int line, string sentence, long killed, long injured) =>
        Assert.True((killed, injured) == CasualtyPipeline.Totals(sentence),
            $"casualties.tsv:{line}: expected {(killed, injured)}, got {CasualtyPipeline.Totals(sentence)}");
}
