using System.Text;
using Sitrep.Evaluation;

namespace Sitrep.Tests.Evaluation;

public class GoldReaderTests
{
    private static GoldSet Read(string content, string path = "gold.txt") =>
        GoldFileReader.Read(path, Encoding.UTF8.GetBytes(content));

    [Fact]
    public void JsonLinesCaseMapsEveryField()
    {
        const string line = """
            {"id": "c1", "text": "On 2 June 2020, a roadside bomb hit a police truck in Zhari district, killing 3 policemen.", "reference_date": "2020-06-03", "reference_date_kind": "published", "extra": [1, 2], "gold": {"date_start": "2020-06-02", "date_end": "2020-06-02", "event_type": "Explosions/Remote violence", "sub_event_type": "Remote explosive/landmine/IED", "actor1": "Unidentified Armed Group (Afghanistan)", "actor2": "Police Forces of Afghanistan (2014-2021)", "country": "Afghanistan", "admin1": "Kandahar", "admin2": "Zhari", "location": "Sangsar", "latitude": 31.62, "longitude": 65.43, "fatalities_best": 3, "fatalities_low": 3, "fatalities_high": 4, "injuries": 0}}
            """;
        var set = Read(line, "dev.jsonl");

        Assert.Equal(GoldFormat.JsonLines, set.Format);
        Assert.Empty(set.Errors);
        var c = Assert.Single(set.Cases);
        Assert.Equal("c1", c.Id);
        Assert.Equal("dev.jsonl:1", c.Location);
        Assert.Equal(new DateOnly(2020, 6, 3), c.ReferenceDate);
        Assert.Equal(ReferenceDateKind.Published, c.ReferenceDateKind);
        var g = c.Gold!;
        Assert.Equal(new DateOnly(2020, 6, 2), g.DateStart);
        Assert.Equal("Remote explosive/landmine/IED", g.SubEventType);
        Assert.Equal("Police Forces of Afghanistan (2014-2021)", g.Actor2);
        Assert.Equal("Zhari", g.Admin2);
        Assert.Equal(31.62, g.Latitude);
        Assert.Equal((3L, 3L, 4L, 0L), (g.FatalitiesBest!.Value, g.FatalitiesLow!.Value, g.FatalitiesHigh!.Value, g.Injuries!.Value));
    }

    [Fact]
    public void JsonLinesMissingAndNullGoldFieldsStayNull()
    {
        var set = Read("""
            {"id": "a", "text": "Clashes were reported.", "reference_date": "2021-01-05", "reference_date_kind": "event", "gold": {"event_type": "Battles", "injuries": null}}

            {"id": "b", "text": "Officials said a ceasefire could hold."}
            """);

        Assert.Empty(set.Errors);
        Assert.Equal(2, set.Cases.Count);
        var a = set.Cases[0];
        Assert.Equal(ReferenceDateKind.Event, a.ReferenceDateKind);
        Assert.Equal("Battles", a.Gold!.EventType);
        Assert.Null(a.Gold.Injuries);
        Assert.Null(a.Gold.DateStart);
        Assert.Null(a.Gold.Admin1);
        Assert.Null(set.Cases[1].Gold);
        Assert.Equal("gold.txt:3", set.Cases[1].Location);
    }

    [Fact]
    public void JsonLinesMalformedLinesAreLocatedAndTheRestIsRead()
    {
        var set = Read("""
            {"id": "ok1", "text": "Two soldiers were killed.", "gold": {"fatalities_best": 2}}
            {"id": "broken", "text": "An airstrike
            {"id": "wrongtype", "text": "Eight died.", "gold": {"fatalities_best": "eight"}}
            {"id": "nodate", "text": "Fighting.", "reference_date": "03/04/2020"}
            {"id": "notext", "gold": {}}
            {"id": "ok2", "text": "A protest took place.", "gold": {"event_type": "Protests"}}
            """, "dev.jsonl");

        Assert.Equal(["ok1", "ok2"], set.Cases.Select(c => c.Id));
        Assert.Equal(["dev.jsonl:2", "dev.jsonl:3", "dev.jsonl:4", "dev.jsonl:5"], set.Errors.Select(e => e.Location));
        Assert.Contains("not valid JSON", set.Errors[0].Message);
        Assert.Contains("gold.fatalities_best", set.Errors[1].Message);
        Assert.Contains("reference_date", set.Errors[2].Message);
        Assert.Contains("text", set.Errors[3].Message);
    }

    [Fact]
    public void AcledExportMapsColumnsAndIgnoresUnknownOnes()
    {
        var set = Read("""
            event_id_cnty,event_date,year,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,actor2,country,admin1,admin2,location,latitude,longitude,source,notes,fatalities,tags
            AFG1001,12 March 2020,2020,Political violence,Battles,Armed clash,Taliban,,Military Forces of Afghanistan (2014-2021),Afghanistan,Uruzgan,Khas Uruzgan,Khas Uruzgan,32.9770,66.7291,Pajhwok,"On 12 March 2020, Taliban fighters attacked an ANA post in Khas Uruzgan district (Uruzgan), killing 3 soldiers.",3,
            AFG1002,2020-03-14,2020,Demonstrations,Protests,Peaceful protest,Protesters (Afghanistan),,,Afghanistan,Hirat,Hirat,Hirat,34.3482,62.1997,Tolo,"Around 200 people protested in Hirat city, demanding better security.",0,crowd size=around 200
            """, "acled.csv");

        Assert.Equal(GoldFormat.AcledCsv, set.Format);
        Assert.Empty(set.Errors);
        Assert.Equal(2, set.Cases.Count);
        var first = set.Cases[0];
        Assert.Equal("AFG1001", first.Id);
        Assert.Equal("acled.csv:2", first.Location);
        Assert.StartsWith("On 12 March 2020, Taliban fighters", first.Text);
        Assert.Equal(new DateOnly(2020, 3, 12), first.ReferenceDate);
        Assert.Equal(ReferenceDateKind.Event, first.ReferenceDateKind);
        var g = first.Gold!;
        Assert.Equal((new DateOnly(2020, 3, 12), new DateOnly(2020, 3, 12)), (g.DateStart!.Value, g.DateEnd!.Value));
        Assert.Equal(("Battles", "Armed clash"), (g.EventType, g.SubEventType));
        Assert.Equal(("Taliban", "Military Forces of Afghanistan (2014-2021)"), (g.Actor1, g.Actor2));
        Assert.Equal(("Uruzgan", "Khas Uruzgan"), (g.Admin1, g.Admin2));
        Assert.Equal((32.977, 66.7291), (g.Latitude!.Value, g.Longitude!.Value));
        Assert.Equal((3L, 3L, 3L), (g.FatalitiesBest!.Value, g.FatalitiesLow!.Value, g.FatalitiesHigh!.Value));
        Assert.Null(g.Injuries);

        var second = set.Cases[1].Gold!;
        Assert.Equal(new DateOnly(2020, 3, 14), second.DateStart);
        Assert.Null(second.Actor2);
        Assert.Equal(0L, second.FatalitiesBest);
    }

    [Fact]
    public void AcledBadRowsAreLocatedAndTheRestIsRead()
    {
        var set = Read("""
            event_date,event_type,sub_event_type,actor1,actor2,admin1,admin2,location,latitude,longitude,fatalities,notes
            13 April 2019,Battles,Armed clash,Taliban,Police Forces of Afghanistan (2014-2019),Ghazni,Andar,Miray,33.3,68.4,2,"Taliban attacked police in Andar district, killing 2."
            04/13/2019,Battles,Armed clash,Taliban,,Ghazni,Andar,Miray,33.3,68.4,1,Clash in Andar.
            14 April 2019,Battles,Armed clash,Taliban,,Ghazni,Andar,Miray,33.3,68.4,several,Clash in Andar.
            15 April 2019,Battles,Armed clash,Taliban
            16 April 2019,Riots,Mob violence,Rioters (Afghanistan),,Kabul,Kabul,Kabul,34.5,69.2,0,"A mob burned a shop in Kabul."
            """, "acled.csv");

        Assert.Equal(["acled.csv:2", "acled.csv:6"], set.Cases.Select(c => c.Location));
        Assert.Equal(["acled.csv:3", "acled.csv:4", "acled.csv:5"], set.Errors.Select(e => e.Location));
        Assert.Contains("event_date", set.Errors[0].Message);
        Assert.Contains("fatalities", set.Errors[1].Message);
        Assert.Contains("fields", set.Errors[2].Message);
    }

    [Fact]
    public void SemicolonSeparatedExportIsReadByItsHeader()
    {
        var set = Read("""
            event_date;event_type;admin1;fatalities;notes
            5 May 2021;Battles;Helmand;7;On 5 May 2021, ANA, ANP and NDS forces clashed with Taliban in Nad-e Ali, Helmand, killing 7, according to officials, locals, and the Taliban.
            6 May 2021;Battles;Helmand;2;"Clashes in Lashkar Gah; 2 killed."
            """);

        Assert.Empty(set.Errors);
        Assert.Equal(GoldFormat.AcledCsv, set.Format);
        Assert.Equal(2, set.Cases.Count);
        Assert.EndsWith("locals, and the Taliban.", set.Cases[0].Text);
        Assert.Equal(7L, set.Cases[0].Gold!.FatalitiesBest);
        Assert.Equal("Clashes in Lashkar Gah; 2 killed.", set.Cases[1].Text);
    }

    [Fact]
    public void UcdpGedExportMapsColumns()
    {
        var set = Read("""
            id,relid,year,type_of_violence,conflict_name,side_a,side_b,source_headline,where_coordinates,where_description,adm_1,adm_2,latitude,longitude,country,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low
            310001,AFG-2019-1-1,2019,1,Afghanistan: Government,Government of Afghanistan,Taleban,"Taleban overrun checkpoint in Ghormach, 6 policemen dead",Ghormach district,Ghormach district,Faryab province,Ghormach district,35.73,63.78,Afghanistan,2019-08-03 00:00:00.000,2019-08-04 00:00:00.000,6,0,0,0,6,9,6
            310002,AFG-2019-1-2,2019,3,Taleban - civilians,Taleban,Civilians,Bomb kills two in market,Kandahar city,The main bazaar of Kandahar city near the governor's compound,Kandahar province,Kandahar district,31.61,65.71,Afghanistan,2019-08-05,2019-08-05,0,0,2,0,2,2,2
            """, "ged.csv");

        Assert.Equal(GoldFormat.UcdpGedCsv, set.Format);
        Assert.Empty(set.Errors);
        var first = set.Cases[0];
        Assert.Equal("310001", first.Id);
        // A bare place label is not prose: it is not appended to the text.
        Assert.Equal("Taleban overrun checkpoint in Ghormach, 6 policemen dead", first.Text);
        Assert.Equal(new DateOnly(2019, 8, 4), first.ReferenceDate);
        var g = first.Gold!;
        Assert.Equal((new DateOnly(2019, 8, 3), new DateOnly(2019, 8, 4)), (g.DateStart!.Value, g.DateEnd!.Value));
        Assert.Equal(("Government of Afghanistan", "Taleban"), (g.Actor1, g.Actor2));
        Assert.Equal(("Faryab", "Ghormach"), (g.Admin1, g.Admin2));
        Assert.Equal((6L, 6L, 9L), (g.FatalitiesBest!.Value, g.FatalitiesLow!.Value, g.FatalitiesHigh!.Value));
        Assert.Null(g.EventType);
        Assert.Null(g.Injuries);

        Assert.Equal("Bomb kills two in market. The main bazaar of Kandahar city near the governor's compound.", set.Cases[1].Text);
    }

    [Fact]
    public void UnknownFormatNamesWhatWasExpected()
    {
        var e = Assert.Throws<GoldFormatException>(() => Read("name,age\nalice,3\n", "people.csv"));
        Assert.Contains("people.csv", e.Message);
        Assert.Contains("name, age", e.Message);
        Assert.Contains("JSON Lines", e.Message);
        Assert.Contains("ACLED", e.Message);
        Assert.Contains("UCDP GED", e.Message);
    }

    [Fact]
    public void EmptyFileAndMissingTextColumnAreRefused()
    {
        Assert.Contains("empty", Assert.Throws<GoldFormatException>(() => Read("  \n\n")).Message);
        var e = Assert.Throws<GoldFormatException>(() => Read("event_date,event_type,fatalities\n12 March 2020,Battles,1\n"));
        Assert.Contains("notes", e.Message);
        Assert.Contains("ACLED", e.Message);
    }

    [Theory]
    [InlineData("12 March 2020")]
    [InlineData("2020-03-12")]
    [InlineData("12-Mar-2020")]
    [InlineData("March 12, 2020")]
    [InlineData("2020-03-12 00:00:00.000")]
    public void DatesInTheDatasetsFormatsParse(string raw) =>
        Assert.Equal(new DateOnly(2020, 3, 12), GoldValues.Date("event_date", raw));

    [Fact]
    public void AmbiguousSlashedDatesAreRefused() =>
        Assert.Throws<FormatException>(() => GoldValues.Date("event_date", "03/12/2020"));
}
