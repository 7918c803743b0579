using System.CommandLine;
using Sitrep.Evaluation;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval --gold FILE</c>: scores extraction against human-coded gold cases (see EVAL_FORMAT.md).</summary>
public static class EvalCommand
{
    // Same values as the CLI's ExitCodes: 1 = finished, some inputs listed as failed; 2 = nothing done.
    public const int SomeRecordsLeftOut = 1;
    public const int UnreadableGold = 2;

    public static Command Create() => Create(_ => Evaluator.CreateDefault());

    /// <summary>The command with another evaluator, e.g. one over a test pipeline or a user's data pack.</summary>
    public static Command Create(Func<ParseResult, Evaluator> createEvaluator) =>
        Create(createEvaluator, r => FusionEvaluator.CreateDefault(CommonOptions.DataPackOf(r)));

    /// <summary>The command with another evaluator for cases and another for fusion gold (<c>--clusters</c>).</summary>
    public static Command Create(Func<ParseResult, Evaluator> createEvaluator, Func<ParseResult, FusionEvaluator> createFusion)
    {
        var gold = new Option<FileInfo>("--gold")
        {
            Description = "Gold cases: JSON Lines (EVAL_FORMAT.md), an ACLED CSV export or a UCDP GED CSV export",
            Required = true,
            HelpName = "FILE",
        };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON" };
        var mistakes = new Option<int>("--mistakes")
        {
            Description = "Print N wrong cases per metric with text, gold, predicted value and evidence",
            DefaultValueFactory = _ => 0,
            HelpName = "N",
        };
        mistakes.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
                result.AddError("--mistakes must be 0 or more");
        });
        var perType = new Option<bool>("--per-type") { Description = "Also break the metrics down by gold event type" };
        var by = new Option<string[]>("--by")
        {
            Description = "Also break the metrics down by a case label of JSON Lines gold (style, country, category, ...); repeat or comma-separate for several",
            HelpName = "LABEL",
            AllowMultipleArgumentsPerToken = false,
        };
        var clusters = new Option<FileInfo?>("--clusters")
        {
            Description = "Fusion gold: the gold events (JSON Lines) that the reports of --gold tell; scores the ledger (B-cubed, fused values)",
            HelpName = "EVENTS",
        };

        var command = new Command("eval", "Score the extractor against human-coded gold data (JSON Lines, ACLED or UCDP GED CSV)");
        command.Options.Add(gold);
        command.Options.Add(json);
        command.Options.Add(mistakes);
        command.Options.Add(perType);
        command.Options.Add(by);
        command.Options.Add(clusters);
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (parseResult.GetValue(clusters) is { } events)
                return EvaluateFusion(parseResult, createFusion, parseResult.GetValue(gold)!, events, parseResult.GetValue(json), parseResult.GetValue(mistakes));
            if (FramingGold.IsFramingFile(parseResult.GetValue(gold)!.ToString())) // a "spans" key: framing gold (FramingEval.cs)
                return FramingEval.Run(parseResult, parseResult.GetValue(gold)!, parseResult.GetValue(json), parseResult.GetValue(mistakes));
            GoldSet goldSet;
            try
            {
                goldSet = GoldFileReader.Read(parseResult.GetValue(gold)!.ToString());
            }
            catch (Exception e) when (e is GoldFormatException or IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"sitrep eval: {e.Message}");
                return UnreadableGold;
            }

            var report = createEvaluator(parseResult).Evaluate(goldSet);
            var options = new EvalOutputOptions(parseResult.GetValue(mistakes), parseResult.GetValue(perType))
            {
                ByLabels = [.. (parseResult.GetValue(by) ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
            };
            // a misspelt label would only show every case under "(none)": say so
            var labels = goldSet.Cases.SelectMany(c => c.Labels.Keys).ToHashSet(StringComparer.Ordinal);
            foreach (var label in options.ByLabels.Where(l => !labels.Contains(l)))
                error.WriteLine($"sitrep eval: warning: no case has the label \"{label}\" (labels in this set: {(labels.Count == 0 ? "none" : string.Join(", ", labels.Order(StringComparer.Ordinal)))})");
            if (parseResult.GetValue(json))
            {
                output.WriteLine(EvalReportJsonWriter.Write(report, options));
                if (report.Errors.Count > 0)
                    error.WriteLine($"sitrep eval: {report.Errors.Count} record(s) left out; see \"errors\" in the report");
            }
            else
            {
                output.Write(EvalReportTableWriter.Write(report, options));
            }
            return report.Errors.Count == 0 ? 0 : SomeRecordsLeftOut;
        });
        return command;
    }

    private static int EvaluateFusion(ParseResult parseResult, Func<ParseResult, FusionEvaluator> createFusion, FileInfo reports, FileInfo events, bool json, int mistakes)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        FusionGold gold;
        try
        {
            foreach (var file in new[] { reports, events })
                if (!file.Exists) throw new IOException($"no such file: {file}");
            gold = FusionGold.Read(reports.ToString(), events.ToString());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"sitrep eval: {e.Message}");
            return UnreadableGold;
        }
        var report = createFusion(parseResult).Evaluate(gold);
        output.Write(json ? FusionReportWriter.Json(report, mistakes) + Environment.NewLine : FusionReportWriter.Table(report, mistakes));
        if (json && report.Errors.Count > 0)
            error.WriteLine($"sitrep eval: {report.Errors.Count} record(s) left out; see \"errors\" in the report");
        return report.Errors.Count == 0 ? 0 : SomeRecordsLeftOut;
    }
}
