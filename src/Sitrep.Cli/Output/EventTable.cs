using System.Globalization;
using CsvHelper;
using Sitrep.Serialization;
using Sitrep.Storage;
using Spectre.Console;

namespace Sitrep.Cli.Output;

public enum OutputFormat
{
    Table,
    Csv,
    Json,
}

/// <summary>Writes event rows as a terminal table, CSV with ACLED column names, or JSON lines.</summary>
public static class EventTable
{
    /// <summary>Table on a terminal, CSV when piped: what a person or a program reading the output expects.</summary>
    public static OutputFormat DefaultFormat => Console.IsOutputRedirected ? OutputFormat.Csv : OutputFormat.Table;

    /// <param name="countryName">Turns the stored ISO code into the country name ACLED's CSV carries; the code is kept when null.</param>
    public static void Write(EventListing listing, OutputFormat format, TextWriter output, Func<string, string?>? countryName = null)
    {
        switch (format)
        {
            case OutputFormat.Csv: WriteCsv(listing.Rows, output, countryName); break;
            case OutputFormat.Json:
                foreach (var row in listing.Rows) output.WriteLine(SitrepJson.Serialize(row));
                break;
            default: WriteTable(listing); break;
        }
    }

    private static readonly string[] CsvHeader =
    [
        "event_id", "event_date", "time_precision", "event_type", "sub_event_type", "plover", "actor1", "actor2",
        "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
        "fatalities", "fatalities_low", "fatalities_high", "injuries", "modality", "attributed_to", "source", "source_url", "trigger", "copy_of",
    ];

    private static void WriteCsv(IReadOnlyList<EventRow> rows, TextWriter output, Func<string, string?>? countryName)
    {
        using var csv = CsvWriter.Create(output, new CsvWriterOptions(), true);
        foreach (var name in CsvHeader) csv.WriteField(name);
        csv.EndRecord();
        foreach (var r in rows)
        {
            object?[] fields =
            [
                r.Id, r.DateStart, r.TimePrecision, r.EventType, r.SubEventType, r.Plover, r.Actor1, r.Actor2,
                r.Country is { } code ? countryName?.Invoke(code) ?? code : null, r.Admin1, r.Admin2, r.Location, r.Latitude, r.Longitude, r.GeoPrecision,
                r.Fatalities, r.FatalitiesLow, r.FatalitiesHigh, r.Injuries, r.Modality, r.AttributedTo, r.Outlet, r.Url, r.TriggerText, r.CopyOf,
            ];
            foreach (var field in fields) csv.WriteField(Convert.ToString(field, CultureInfo.InvariantCulture) ?? "");
            csv.EndRecord();
        }
    }

    private static void WriteTable(EventListing listing)
    {
        var rows = listing.Rows;
        if (rows.Count == 0)
        {
            PipedWidth.Console.MarkupLine("[grey]no events match[/]");
            return;
        }
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("id", "date", "type", "where", "actor1", "actor2", "killed", "injured", "source");
        foreach (var r in rows)
        {
            var type = Markup.Escape(r.SubEventType ?? r.Plover ?? r.EventType);
            if (!r.Counts) type += $" [grey]({Markup.Escape(r.Modality)})[/]";
            else if (r.CopyOf is not null) type += " [grey](copy)[/]";
            table.AddRow(
                r.Id,
                r.DateStart ?? "?",
                type,
                Markup.Escape(string.Join(", ", new[] { r.Location, r.Admin1 }.Where(x => x is not null).Distinct())),
                Markup.Escape(r.Actor1 ?? ""),
                Markup.Escape(r.Actor2 ?? ""),
                Range(r.Fatalities, r.FatalitiesLow, r.FatalitiesHigh),
                r.Injuries?.ToString(CultureInfo.InvariantCulture) ?? "",
                Markup.Escape(r.AttributedTo is null ? r.Outlet ?? "" : $"{r.Outlet} ({r.AttributedTo})"));
        }
        table.Caption(Markup.Escape(listing.Caption()));
        PipedWidth.Console.Write(table);
    }

    private static string Range(long? best, long? low, long? high) =>
        best is null ? "" : low == high ? $"{best}" : $"{best} ({low}-{high})";
}
