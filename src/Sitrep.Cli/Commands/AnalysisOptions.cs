using System.CommandLine;
using Sitrep.Actors;
using Sitrep.Analysis;
using Sitrep.Filters;
using Sitrep.Geo;
using Sitrep.Ledger;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary>
/// The filters trend, compare and report share, read as <c>sitrep events</c> reads them: a
/// province or actor in any spelling the data pack knows, resolved to the spellings stored in
/// the ledger so the store can count with its indexes.
/// </summary>
public sealed class AnalysisOptions
{
    public Option<string?> Province { get; } = new("--province") { Description = "Only events in this province (admin1), any spelling the gazetteer knows: Herat, Hirat, AF-HER", HelpName = "NAME" };
    public Option<string?> Actor { get; } = new("--actor") { Description = "Only events whose actor1 or actor2 is this actor, any name the actor dictionary knows: ANA, Afghan army, Taliban", HelpName = "NAME" };
    public Option<string?> Type { get; } = new("--type") { Description = "Only this event type or sub-event type, e.g. Battles, \"Suicide bomb\" (default: ACLED's six types, political interactions left out)", HelpName = "TYPE" };
    public Option<int> MinSources { get; } = new("--min-sources") { Description = "Only events told by at least N independent sources (copies of one story count once)", HelpName = "N" };

    public AnalysisOptions()
    {
        MinSources.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0) r.AddError("--min-sources must be 0 or more");
        });
    }

    public void AddTo(Command command, bool withType = true)
    {
        command.Options.Add(Province);
        command.Options.Add(Actor);
        if (withType) command.Options.Add(Type);
        command.Options.Add(MinSources);
    }

    /// <summary>
    /// Opens the store (fusing mentions not yet in the ledger, as <c>sitrep events</c> does) and
    /// returns the read-only view with the slice the options ask for.
    /// </summary>
    /// <exception cref="UnknownNameException">The province or actor is unknown to the data pack.</exception>
    public (LedgerFacts Facts, LedgerSlice Slice) Open(ParseResult result)
    {
        var data = CommonOptions.DataPackOf(result);
        var province = result.GetValue(Province) is { } p ? ProvinceFilter.For(p, Gazetteer.Load(data)) : null;
        var actor = result.GetValue(Actor) is { } a ? ActorFilter.For(a, ActorDictionary.Load(data)) : null;
        var db = CommonOptions.DbPath(result);
        using (var ledger = Stores.OpenLedger(db, data, StoreOpenMode.Existing)) ledger.Update();
        var facts = LedgerFacts.Open(db);
        var slice = LedgerSlice.Resolve(facts, province, actor, result.GetValue(Type), result.GetValue(MinSources));
        return (facts, slice);
    }
}
