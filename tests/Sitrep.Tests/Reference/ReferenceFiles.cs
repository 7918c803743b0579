namespace Sitrep.Tests.Reference;

/// <summary>Reference exports written for these tests, in ACLED's and UCDP GED's column layouts.</summary>
internal static class ReferenceFiles
{
    public const string AcledHeader = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp";

    /// <summary>An ACLED row; fields left at their default make a plausible Ghazni battle.</summary>
    public static string Acled(string id, string date = "09 March 2020", string type = "Battles", string sub = "Armed clash",
        string actor1 = "Taliban", string actor2 = "Police Forces of Afghanistan (2014-2021)", string admin1 = "Ghazni", string admin2 = "Andar",
        string location = "Andar", string lat = "33.32462", string lon = "68.44068", string geo = "2", string notes = "Taliban attacked police in Andar.",
        string fatalities = "4", string precision = "1") =>
        string.Join(',', id, date, "2020", precision, "Political violence", type, sub, actor1, "", "2", Quote(actor2), "", "1", "12", "", "4", "Caucasus and Central Asia",
            "Afghanistan", admin1, admin2, "", location, lat, lon, geo, "Pajhwok Afghan News", "National", Quote(notes), fatalities, "", "1584000000");

    public const string UcdpHeader = "id,relid,year,active_year,code_status,type_of_violence,conflict_new_id,conflict_name,dyad_new_id,dyad_name,side_a_new_id,side_a,side_b_new_id,side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,where_coordinates,where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low";

    public static string Ucdp(string id, string start = "2020-03-09 00:00:00.000", string end = "2020-03-09 00:00:00.000", string violence = "1",
        string sideA = "Government of Afghanistan", string sideB = "Taleban", string adm1 = "Ghazni province", string adm2 = "Andar district",
        string where = "Andar district", string lat = "33.32462", string lon = "68.44068", string wherePrec = "3", string datePrec = "1",
        string best = "4", string low = "4", string high = "6") =>
        string.Join(',', id, "AFG-2020-1-" + id, "2020", "1", "Clear", violence, "333", "Afghanistan: Government", "744", Quote(sideA + " - " + sideB), "130", sideA, "303", sideB,
            "1", "\"Pajhwok Afghan News, 2020-03-10\"", "", "", "Police killed in Andar", "Afghan police", wherePrec, where, "Andar district", adm1, adm2, lat, lon,
            "POINT (68.44068 33.32462)", "0", "Afghanistan", "700", "Asia", "1", datePrec, start, end, "4", "0", "0", "0", best, high, low);

    private static string Quote(string value) => value.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
