using System.CommandLine;
using Sitrep.Evaluation;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval --gold framing.jsonl</c>: the framing branch of <see cref="EvalCommand"/>, told by the file's "spans" key.</summary>
public static class FramingEval
{
    public static int Run(ParseResult parseResult, FileInfo goldFile, bool json, int mistakes)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        FramingGold gold;
        try
        {
            gold = FramingGold.Read(goldFile.ToString());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"sitrep eval: {e.Message}");
            return EvalCommand.UnreadableGold;
        }
        var report = FramingEvaluator.CreateDefault(CommonOptions.DataPackOf(parseResult)).Evaluate(gold);
        output.Write(json ? FramingReportWriter.Json(report) + Environment.NewLine : FramingReportWriter.Table(report, mistakes));
        foreach (var e in report.Errors) error.WriteLine($"sitrep eval: {e}");
        return report.Errors.Count == 0 ? 0 : EvalCommand.SomeRecordsLeftOut;
    }
}
