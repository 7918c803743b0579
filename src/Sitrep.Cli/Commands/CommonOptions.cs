using System.CommandLine;
using Sitrep.Pipeline;

namespace Sitrep.Cli.Commands;

/// <summary>Options every command understands; declared once, recursive from the root.</summary>
public static class CommonOptions
{
    public const string DefaultDb = "sitrep.db";

    /// <summary>
    /// No default of its own: <c>demo</c> uses another file, and one option shown once in the
    /// help must not promise two defaults.
    /// </summary>
    public static readonly Option<string?> Db = new("--db")
    {
        Description = $"SQLite database file (default {DefaultDb}; sitrep-demo.db for demo). Only ingest, watch and demo create it; the other commands need an existing one",
        Recursive = true,
        HelpName = "PATH",
    };

    public static string DbPath(ParseResult result, string fallback = DefaultDb) => result.GetValue(Db) ?? fallback;

    public static readonly Option<DirectoryInfo?> Data = new("--data")
    {
        Description = "Use this data pack folder (gazetteer, lexicons, actors) instead of the shipped one; also SITREP_DATA",
        Recursive = true,
        HelpName = "DIR",
    };

    /// <summary>Country names by ISO code, from the data pack's gazetteer ("AF" → "Afghanistan").</summary>
    public static Func<string, string?> CountryNames(ParseResult result)
    {
        var gazetteer = new Lazy<Sitrep.Geo.Gazetteer>(() => Sitrep.Geo.Gazetteer.Load(DataPackOf(result))); // loaded only if a CSV asks
        return code => gazetteer.Value.ById(code) is { Kind: Sitrep.Geo.PlaceKind.Country } country ? country.Name : null;
    }

    public static DataPack DataPackOf(ParseResult result) =>
        result.GetValue(Data) is { } folder ? new DataPack(folder.FullName) : DataPack.Default;
}
