using System.CommandLine;
using System.Reflection;
using Sitrep.Actors;
using Sitrep.Filters;
using Sitrep.Export;
using Sitrep.Geo;
using Sitrep.Ledger;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep export</c>: every current ledger event (or those the filters select) in a format
/// other tools read, streamed without a row limit. A file is written beside its name and moved
/// into place only when complete, so an interrupted export never leaves a truncated file that looks whole.
/// </summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format")
        {
            Description = "acled-csv (ACLED's column names plus sitrep_* evidence columns; sitrep eval --gold reads it), geojson (a FeatureCollection of points), parquet (typed columns; needs -o) or plover-json (one PLOVER event object a line)",
            HelpName = string.Join('|', ExportFormats.All.Select(f => f.Name)),
            Required = true,
        };
        format.Validators.Add(r =>
        {
            if (ExportFormats.Parse(r.GetValueOrDefault<string>()) is null)
                r.AddError($"--format: \"{r.GetValueOrDefault<string>()}\" is not one of {string.Join(", ", ExportFormats.All.Select(f => f.Name))}");
        });
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file (default: standard output; parquet needs a file)", HelpName = "FILE" };
        var type = new Option<string?>("--type") { Description = "Only events of this event type, sub-event type or PLOVER type", HelpName = "TYPE" };
        var province = new Option<string?>("--province") { Description = "Only events in this province, any spelling the gazetteer knows: Herat, Hirat, AF-HER", HelpName = "NAME" };
        var actor = new Option<string?>("--actor") { Description = "Only events whose actor1 or actor2 is this actor, any name the actor dictionary knows", HelpName = "NAME" };
        var from = DateOption.Create("--from", "Only events on or after this date");
        var to = DateOption.Create("--to", "Only events on or before this date");
        var kind = new Option<EventKind?>("--kind") { Description = "all (default: every ledger event), acled (ACLED's six event types) or political (PLOVER political interactions)" };
        var command = new Command("export", """
            Export the ledger's events, every one the filters select, oldest first, with the
            evidence of each (the reports' mention and article ids, outlets, urls, the casualty
            claims and who made them). Nothing is cut: progress goes to standard error every
            10,000 events and the count at the end.
            Example: sitrep export --format acled-csv -o events.csv
                     sitrep eval --gold events.csv           (score extraction against the export)
                     sitrep export --format geojson --province Ghazni -o ghazni.geojson
                     sitrep export --format parquet --from 2020-01-01 -o 2020.parquet
            """)
        { format, output, type, province, actor, from, to, kind };

        command.SetAction(result =>
        {
            var data = CommonOptions.DataPackOf(result);
            var exportFormat = ExportFormats.Parse(result.GetValue(format))!.Value;
            var file = result.GetValue(output);
            if (exportFormat == ExportFormat.Parquet && file is null)
            {
                Console.Error.WriteLine("sitrep export: --format parquet writes a binary file: give it with -o FILE");
                return ExitCodes.Error;
            }
            ProvinceFilter? provinceFilter;
            ActorFilter? actorFilter;
            var actors = ActorDictionary.Load(data);
            try
            {
                provinceFilter = result.GetValue(province) is { } p ? ProvinceFilter.For(p, Gazetteer.Load(data)) : null;
                actorFilter = result.GetValue(actor) is { } a ? ActorFilter.For(a, actors) : null;
            }
            catch (UnknownNameException e)
            {
                Console.Error.WriteLine($"sitrep export: {e.Message}");
                return ExitCodes.Error;
            }
            var k = result.GetValue(kind) ?? EventKind.All;
            bool Keep(LedgerEvent e) =>
                (k == EventKind.All || (e.EventType.Value == Events.EventMention.PoliticalInteraction) == (k == EventKind.Political))
                && (provinceFilter?.Matches(e.Place?.Value.Admin1) ?? true)
                && (actorFilter?.Matches(e.Actor1?.Value, e.Actor2?.Value) ?? true);

            using var ledger = Stores.OpenLedger(CommonOptions.DbPath(result), data, StoreOpenMode.Existing);
            ledger.Update();
            var columns = new AcledColumns(CommonOptions.CountryNames(result), name => name is null ? null : (int?)actors.Resolve(name)?.Type);
            var partial = file is null ? null : file + ".partial";
            long written;
            long withoutGeometry = 0;
            try
            {
                using var stream = partial is null ? Console.OpenStandardOutput() : File.Create(partial);
                using var writer = Writer(exportFormat, stream, columns, data);
                written = new EventExporter(ledger).Export(
                    new LedgerQuery { EventType = result.GetValue(type), From = result.GetValue(from), To = result.GetValue(to) },
                    Keep, writer, n => Console.Error.WriteLine($"sitrep export: {n:N0} events written ..."));
                if (writer is GeoJsonEventWriter geo) withoutGeometry = geo.WithoutGeometry;
            }
            catch when (partial is not null)
            {
                File.Delete(partial); // a half-written file must not be taken for an export
                throw;
            }
            if (partial is not null) File.Move(partial, file!, overwrite: true);
            Console.Error.WriteLine($"sitrep export: {written:N0} events written to {file ?? "standard output"} ({exportFormat.Name()})"
                + (withoutGeometry > 0 ? $"; {withoutGeometry:N0} without coordinates have a null geometry" : ""));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static IEventWriter Writer(ExportFormat format, Stream stream, AcledColumns columns, Pipeline.DataPack data) => format switch
    {
        ExportFormat.AcledCsv => new AcledCsvWriter(stream, columns),
        ExportFormat.GeoJson => new GeoJsonEventWriter(stream, columns),
        ExportFormat.Parquet => new ParquetEventWriter(stream, columns),
        _ => new PloverJsonWriter(stream, PloverMapping.Load(data), Version),
    };

    private static string Version =>
        typeof(ExportCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
