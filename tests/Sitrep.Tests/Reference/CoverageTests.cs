using Sitrep.Actors;
using Sitrep.Geo;
using Sitrep.Ledger;
using Sitrep.Pipeline;
using Sitrep.Reference;
using Sitrep.Storage;
using Sitrep.Tests.Export;

namespace Sitrep.Tests.Reference;

/// <summary>Coverage matches reference rows to ledger events with the ledger's own pair scoring, on the export fixture's three events.</summary>
[Collection(ExportStoreCollection.Name)]
public class CoverageTests(ExportStore store)
{
    private static readonly ReferenceProjector Projector = new(Gazetteer.Load(DataPack.Default), ActorDictionary.Load(DataPack.Default), LedgerCues.Load(DataPack.Default));

    private CoverageReport Compare(string set, string[] lines, DateOnly? from = null, DateOnly? to = null)
    {
        var path = store.Files.Write($"{set}.csv", string.Join("\n", lines) + "\n");
        using var references = ReferenceStore.Open(store.Db);
        var reader = ReferenceFileReader.Open(path);
        var rows = reader.Rows().ToList();
        Assert.All(rows, r => Assert.Null(r.Error));
        references.Import(set, reader.Flavour, path, rows.Select(r => r.Event!), () => 0);
        using var ledger = LedgerStore.Open(store.Db, DataPack.Default, StoreOpenMode.Existing);
        return new CoverageMatcher(ledger, Projector).Compare(references, set, from, to);
    }

    [Fact]
    public void Acled_rows_match_the_ledger_events_they_code_and_each_side_lists_what_the_other_lacks()
    {
        var report = Compare("acled-cov",
        [
            ReferenceFiles.AcledHeader,
            // the Andar bomb, as ACLED would code it from another source
            ReferenceFiles.Acled("AFG10", date: "09 March 2020", type: "Explosions/Remote violence", sub: "Remote explosive/landmine/IED",
                actor1: "Unidentified Armed Group (Afghanistan)", notes: "A roadside bomb hit a police vehicle in Andar; 4 police killed."),
            // the Imam Sahib clash, the province written as ACLED's export spells it
            ReferenceFiles.Acled("AFG11", date: "08 March 2020", actor2: "Military Forces of Afghanistan (2014-2021)", admin1: "Kunduz",
                admin2: "Imam Sahib", location: "Imam Sahib", lat: "37.18897", lon: "68.93644", fatalities: "7"),
            // an event the ledger has no report of
            ReferenceFiles.Acled("AFG12", date: "10 March 2020", admin1: "Helmand", admin2: "Nad Ali", location: "Nad Ali", lat: "31.6", lon: "64.3"),
            // the same district and figures, but three weeks later: another event
            ReferenceFiles.Acled("AFG13", date: "30 March 2020", type: "Explosions/Remote violence", sub: "Remote explosive/landmine/IED"),
            // the bomb's day and figures, but another district of Ghazni: never the same event
            ReferenceFiles.Acled("AFG14", date: "09 March 2020", type: "Explosions/Remote violence", sub: "Remote explosive/landmine/IED",
                admin2: "Giro", location: "Giro", lat: "32.97", lon: "67.85"),
        ]);
        var matched = report.Reference.Where(r => r.EventId is not null).ToDictionary(r => r.Reference.Id, r => r.EventId);
        Assert.Equal(new Dictionary<string, string?> { ["AFG10"] = store.In("Andar").Id, ["AFG11"] = store.In("Imam Sahib").Id }, matched);
        Assert.All(report.Reference.Where(r => r.EventId is not null), r => Assert.True(r.Score >= new PairScorer().Threshold));
        Assert.Equal(["AFG12", "AFG13", "AFG14"], report.Reference.Where(r => r.EventId is null).Select(r => r.Reference.Id).Order());
        var ledgerOnly = Assert.Single(report.Ledger, e => e.ReferenceIds.Count == 0);
        Assert.Equal(store.In("Shindand").Id, ledgerOnly.Event.Id);
        Assert.Equal((5, 2, 3, 2), (report.ReferenceRows, report.ReferenceMatched, report.LedgerEvents, report.LedgerMatched));
        Assert.Equal(0.4, report.Recall);
        Assert.Equal(2.0 / 3, report.Precision);
    }

    [Fact]
    public void A_date_window_limits_both_sides()
    {
        var report = Compare("acled-window",
        [
            ReferenceFiles.AcledHeader,
            ReferenceFiles.Acled("AFG20", date: "09 March 2020", type: "Explosions/Remote violence", sub: "Remote explosive/landmine/IED",
                actor1: "Unidentified Armed Group (Afghanistan)"),
            ReferenceFiles.Acled("AFG21", date: "20 March 2020"),
        ], from: new DateOnly(2020, 3, 9), to: new DateOnly(2020, 3, 10));
        Assert.Equal(["AFG20"], report.Reference.Select(r => r.Reference.Id));
        Assert.Equal([store.In("Andar").Id], report.Ledger.Select(e => e.Event.Id));
        Assert.Equal((1.0, 1.0), (report.Recall!.Value, report.Precision!.Value));
    }

    [Fact]
    public void Ucdp_rows_match_without_an_acled_type_through_their_own_spellings()
    {
        var report = Compare("ucdp-cov",
        [
            ReferenceFiles.UcdpHeader,
            ReferenceFiles.Ucdp("401", start: "2020-03-08", end: "2020-03-08", adm1: "Kunduz province", adm2: "Imam Sahib district", where: "Imam Sahib town",
                lat: "37.18897", lon: "68.93644", best: "7", low: "7", high: "9"),
            ReferenceFiles.Ucdp("402", start: "2020-03-02", end: "2020-03-02", adm1: "Helmand province", adm2: "Nad Ali district", lat: "31.6", lon: "64.3"),
        ]);
        Assert.Equal(ReferenceFlavour.UcdpGed, report.Flavour);
        var kunduz = report.Reference.Single(r => r.Reference.Id == "401");
        Assert.Equal(store.In("Imam Sahib").Id, kunduz.EventId);
        Assert.Null(report.Reference.Single(r => r.Reference.Id == "402").EventId);
        Assert.Equal(0, report.NotComparable); // all three fixture events are organised violence
    }

    [Fact]
    public void The_projection_resolves_acled_and_ucdp_spellings_to_the_ledger_s_names()
    {
        var acled = new ReferenceEvent
        {
            Id = "AFG1", Flavour = ReferenceFlavour.Acled, File = "f.csv", Line = 2, EventType = "Battles", DateStart = new DateOnly(2020, 3, 1),
            DateEnd = new DateOnly(2020, 3, 1), Country = "Afghanistan", Admin1 = "Hirat", Admin2 = "Shindand", Actor1 = "Taleban", Actor2 = "ANA",
        };
        var m = Projector.Project("acled", acled);
        Assert.Equal(("AF", "Herat", "Shindand"), (m.Country, m.Admin1, m.Admin2));
        Assert.Equal("ref:acled:AFG1", m.Id);
        Assert.NotEqual(m.ArticleId, Projector.Project("acled", acled with { Id = "AFG2" }).ArticleId); // two rows are never "one article"
        Assert.Equal(Projector.OrganisationId("Taliban"), m.Actor1Id);
        Assert.Equal(Projector.OrganisationId("Military Forces of Afghanistan (2014-2021)"), m.Actor2Id);
        Assert.NotNull(m.Actor1Id);
        Assert.Equal("Violence against civilians", ReferenceProjector.TypeOf(acled with { Flavour = ReferenceFlavour.UcdpGed, EventType = "one-sided" }));
    }
}
