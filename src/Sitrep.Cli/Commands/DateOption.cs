using System.CommandLine;
using Sitrep.Evaluation;

namespace Sitrep.Cli.Commands;

/// <summary>
/// Every date option of the CLI (--published, --from, --to): one parser, the one <c>eval</c>
/// reads gold dates with. An ambiguous or unreadable date is a parse error (exit 2) that says
/// what it could mean and how to write it, never a silent guess.
/// </summary>
public static class DateOption
{
    public const string Help = "YYYY-MM-DD or 18 June 2020; slashed dates such as 03/06/2020 are refused as ambiguous";

    public static Option<DateOnly?> Create(string name, string description) => new(name)
    {
        Description = $"{description} ({Help})",
        HelpName = "DATE",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (UnambiguousDate.TryParse(text, out var date)) return date;
            result.AddError($"{name}: {UnambiguousDate.Problem(text)}");
            return null;
        },
    };
}
