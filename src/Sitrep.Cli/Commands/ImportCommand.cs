using System.CommandLine;
using Sitrep.Documents;
using Sitrep.Reference;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep import FILE.csv</c>: an ACLED or UCDP GED export becomes a reference set, kept apart
/// from extracted events, for <c>sitrep coverage</c>. Bad rows are listed on standard error with
/// their line and left out; the good ones are stored. Importing the same file again changes nothing.
/// </summary>
public static class ImportCommand
{
    private static readonly Option<long> MaxBytes = new("--max-bytes")
    {
        Description = "Largest single row to accept, in bytes; a longer one (an unclosed quote swallowing the file) stops the reading there, keeping the rows before it",
        DefaultValueFactory = _ => ReaderLimits.Default.MaxArticleBytes,
        HelpName = "N",
    };

    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "An ACLED export (event_id_cnty, event_date, event_type, ..., fatalities, notes) or a UCDP GED export (id, date_start, date_end, side_a, side_b, ..., best, low, high), CSV" };
        var flavour = new Option<string?>("--as")
        {
            Description = "acled or ucdp: what the file must be. The header decides anyway; --as refuses a file whose header says otherwise",
            HelpName = "acled|ucdp",
        };
        flavour.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } v && ReferenceFlavours.Parse(v) is null) r.AddError($"--as: \"{v}\" is neither acled nor ucdp");
        });
        var name = new Option<string?>("--name")
        {
            Description = "Name of the reference set, for sitrep coverage --reference NAME (default: acled or ucdp). Rows are keyed by the dataset's own id within a set, so several files can fill one set and a newer export updates it",
            HelpName = "NAME",
        };
        name.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } v && !ReferenceStore.IsValidName(v)) r.AddError($"--name: \"{v}\" is not a set name (letters, digits, '.', '-', '_'; at most 64)");
        });
        var command = new Command("import", """
            Import an ACLED or UCDP GED CSV export as a reference dataset, kept apart from the
            events Sitrep extracted, to check the ledger against with sitrep coverage.
            The header tells which dataset it is. Rows that cannot be read (bad quoting, a date or
            number that does not parse, a duplicate id, invalid UTF-8) are listed on standard error
            with their line and left out; the rest is stored (exit code 1 when some were left out).
            Importing the same file again changes nothing. Creates the database if it is missing.
            Example: sitrep import acled_afghanistan_2020.csv --db afghanistan.db
                     sitrep coverage --reference acled --from 2020-02-22 --to 2020-02-28
            """)
        { file, flavour, name, MaxBytes };

        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            var limits = new ReaderLimits { MaxArticleBytes = result.GetValue(MaxBytes) };
            ReferenceFileReader reader;
            try
            {
                reader = ReferenceFileReader.Open(path, ReferenceFlavours.Parse(result.GetValue(flavour)), limits);
            }
            catch (ReferenceFormatException e)
            {
                Console.Error.WriteLine($"sitrep import: {e.Message}");
                return ExitCodes.Error;
            }
            var set = result.GetValue(name) ?? reader.Flavour.Name();
            long failed = 0;
            ReferenceImportSummary summary;
            using (var store = ReferenceStore.Open(CommonOptions.DbPath(result), StoreOpenMode.CreateIfMissing))
            {
                try
                {
                    summary = store.Import(set, reader.Flavour, path, Good(), () => failed);
                }
                catch (ReferenceFormatException e)
                {
                    Console.Error.WriteLine($"sitrep import: {e.Message}");
                    return ExitCodes.Error;
                }
            }
            PrintSummary(summary, Console.Out);
            return failed > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;

            IEnumerable<ReferenceEvent> Good()
            {
                foreach (var item in reader.Rows())
                {
                    if (item.Error is { } error)
                    {
                        failed++;
                        Console.Error.WriteLine($"sitrep import: {error}");
                    }
                    else yield return item.Event!;
                }
            }
        });
        return command;
    }

    public static void PrintSummary(ReferenceImportSummary s, TextWriter output)
    {
        output.WriteLine($"reference set\t{s.Set}");
        output.WriteLine($"dataset\t{s.Flavour.Describe()}");
        output.WriteLine($"rows read\t{s.Read + s.Failed}");
        output.WriteLine($"new\t{s.New}");
        output.WriteLine($"updated\t{s.Updated}");
        output.WriteLine($"already imported\t{s.Unchanged}");
        output.WriteLine($"left out\t{s.Failed}");
    }
}
