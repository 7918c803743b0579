using Sitrep.Geo;

namespace Sitrep.Tests.Geo;

public class PlaceMentionTests
{
    private static PlaceMention Single(string text, string surface)
    {
        var mentions = GeoFixture.Mentions(text);
        var hits = mentions.Where(m => m.Text == surface).ToList();
        Assert.True(hits.Count == 1, $"expected one mention '{surface}' in \"{text}\", got: {GeoFixture.Describe(mentions)}");
        return hits[0];
    }

    private static void Check(PlaceMention m, string? admin1, string? admin2, string? kind)
    {
        var got = $"{m.Place.Id} {m.Place.Kind} {m.Place.Admin1Id}/{m.Place.Admin2Id} ({m.Reason})";
        if (admin1 is not null) Assert.True(admin1 == (m.Place.Admin1Id ?? m.Place.Id), got);
        if (admin2 is not null) Assert.True(admin2 == m.Place.Admin2Id, got);
        if (kind is not null) Assert.True(kind == m.Place.Kind.ToString(), got);
    }

    // Every spelling the issue names, plus common press spellings of all 34 provinces.
    [Theory]
    [InlineData("Badghis", "AF-BDG")]
    [InlineData("Badghes", "AF-BDG")]
    [InlineData("Takhar", "AF-TAK")]
    [InlineData("Wardak", "AF-WAR")]
    [InlineData("Maidan Wardak", "AF-WAR")]
    [InlineData("Maydan Wardak", "AF-WAR")]
    [InlineData("Herat", "AF-HER")]
    [InlineData("Hirat", "AF-HER")]
    [InlineData("Sar-e-Pul", "AF-SAR")]
    [InlineData("Sari Pul", "AF-SAR")]
    [InlineData("Sar-e Pol", "AF-SAR")]
    [InlineData("Saripul", "AF-SAR")]
    [InlineData("Nimruz", "AF-NIM")]
    [InlineData("Nimroz", "AF-NIM")]
    [InlineData("Uruzgan", "AF-URU")]
    [InlineData("Oruzgan", "AF-URU")]
    [InlineData("Urozgan", "AF-URU")]
    [InlineData("Jawzjan", "AF-JOW")]
    [InlineData("Jowzjan", "AF-JOW")]
    [InlineData("Khost", "AF-KHO")]
    [InlineData("Khowst", "AF-KHO")]
    [InlineData("Kunduz", "AF-KDZ")]
    [InlineData("Qunduz", "AF-KDZ")]
    [InlineData("Paktia", "AF-PIA")]
    [InlineData("Paktya", "AF-PIA")]
    [InlineData("Paktika", "AF-PKA")]
    [InlineData("Nangarhar", "AF-NAN")]
    [InlineData("Helmand", "AF-HEL")]
    [InlineData("Hilmand", "AF-HEL")]
    [InlineData("Kunar", "AF-KNR")]
    [InlineData("Konar", "AF-KNR")]
    [InlineData("Bamiyan", "AF-BAM")]
    [InlineData("Bamyan", "AF-BAM")]
    [InlineData("Daikundi", "AF-DAY")]
    [InlineData("Daykundi", "AF-DAY")]
    [InlineData("Panjshir", "AF-PAN")]
    [InlineData("Panjsher", "AF-PAN")]
    [InlineData("Laghman", "AF-LAG")]
    [InlineData("Kapisa", "AF-KAP")]
    [InlineData("Parwan", "AF-PAR")]
    [InlineData("Logar", "AF-LOG")]
    [InlineData("Ghor", "AF-GHO")]
    [InlineData("Faryab", "AF-FYB")]
    [InlineData("Balkh", "AF-BAL")]
    [InlineData("Baghlan", "AF-BGL")]
    [InlineData("Badakhshan", "AF-BDS")]
    [InlineData("Zabul", "AF-ZAB")]
    [InlineData("Kandahar", "AF-KAN")]
    [InlineData("Farah", "AF-FRA")]
    [InlineData("Ghazni", "AF-GHA")]
    [InlineData("Nuristan", "AF-NUR")]
    [InlineData("Samangan", "AF-SAM")]
    [InlineData("Kabul", "AF-KAB")]
    public void Province_named_with_province_cue(string name, string province)
    {
        var m = Single($"Security forces clashed with the Taliban in {name} province on Tuesday.", name);
        Check(m, province, null, "Province");
        Assert.Equal(3, m.GeoPrecision);
    }

    [Theory]
    [InlineData("Badghis", "AF-BDG")]
    [InlineData("Baghdhis", "AF-BDG")]
    [InlineData("Takhar", "AF-TAK")]
    [InlineData("Helmand", "AF-HEL")]
    [InlineData("Nangarhar", "AF-NAN")]
    [InlineData("Uruzgan", "AF-URU")]
    [InlineData("Faryab", "AF-FYB")]
    [InlineData("Kunduz", "AF-KDZ")]
    public void Province_of_pattern(string name, string province) =>
        Check(Single($"Several police posts in the northern province of {name} came under attack.", name), province, null, "Province");

    // Districts with the province named in the sentence.
    [Theory]
    [InlineData("Fighting continued in the Mohammad Agha district of Logar province.", "Mohammad Agha", "AF-LOG", "AF0505")]
    [InlineData("Insurgents overran a checkpoint in Muhamad Aghah district in Logar province.", "Muhamad Aghah", "AF-LOG", "AF0505")]
    [InlineData("Insurgents struck the Muhammad Agha district centre overnight.", "Muhammad Agha", "AF-LOG", "AF0505")]
    [InlineData("A convoy was ambushed in Sayed Abad district of Wardak province.", "Sayed Abad", "AF-WAR", "AF0405")]
    [InlineData("A convoy was ambushed in Sayedabad district, Wardak.", "Sayedabad", "AF-WAR", "AF0405")]
    [InlineData("A convoy was ambushed in Saydabad district.", "Saydabad", "AF-WAR", "AF0405")]
    [InlineData("Troops repelled an assault on the Dara Suf district in Samangan province.", "Dara Suf", "AF-SAM", null)]
    [InlineData("Troops repelled an assault on the Darah-ye Suf district in Samangan.", "Darah-ye Suf", "AF-SAM", null)]
    [InlineData("Troops repelled an assault on Dara-i-Suf district.", "Dara-i-Suf", "AF-SAM", null)]
    [InlineData("Heavy clashes continue in the Karukh district in Herat province.", "Karukh", "AF-HER", "AF3204")]
    [InlineData("Heavy clashes continue in the Karrukh district of Herat.", "Karrukh", "AF-HER", "AF3204")]
    [InlineData("The Nawa district of Ghazni province fell to the Taliban.", "Nawa", "AF-GHA", "AF1119")]
    [InlineData("Fighting raged in Nad-e-Ali district of Helmand.", "Nad-e-Ali", "AF-HEL", "AF3002")]
    [InlineData("Fighting raged in Nad Ali district of Helmand.", "Nad Ali", "AF-HEL", "AF3002")]
    [InlineData("Fighting raged in Sangin district of Helmand province.", "Sangin", "AF-HEL", "AF3008")]
    [InlineData("Fighting raged in Musa Qala district of Helmand province.", "Musa Qala", "AF-HEL", "AF3009")]
    [InlineData("Fighting raged in Garmser district of Helmand province.", "Garmser", "AF-HEL", "AF3006")]
    [InlineData("Fighting raged in Garmsir district of Helmand province.", "Garmsir", "AF-HEL", "AF3006")]
    [InlineData("British troops fought in Now Zad district for months.", "Now Zad", "AF-HEL", "AF3007")]
    [InlineData("A drone strike hit Achin district in Nangarhar province.", "Achin", "AF-NAN", "AF0615")]
    [InlineData("A drone strike hit Khogyani district in Nangarhar province.", "Khogyani", "AF-NAN", "AF0608")]
    [InlineData("Border police clashed in Spin Boldak district of Kandahar.", "Spin Boldak", "AF-KAN", "AF2711")]
    [InlineData("The Taliban seized Arghandab district in Kandahar province.", "Arghandab", "AF-KAN", "AF2702")]
    [InlineData("The Taliban seized Arghandab district in Zabul province.", "Arghandab", "AF-ZAB", "AF2605")]
    [InlineData("Gunmen attacked Andar district of Ghazni.", "Andar", "AF-GHA", "AF1107")]
    [InlineData("Gunmen attacked Qarabagh district of Ghazni province.", "Qarabagh", "AF-GHA", "AF1111")]
    [InlineData("Gunmen attacked Qara Bagh district of Kabul province.", "Qara Bagh", "AF-KAB", "AF0114")]
    [InlineData("Clashes in Kohistan district of Faryab left four dead.", "Kohistan", "AF-FYB", "AF2910")]
    [InlineData("Clashes in Baharak district of Takhar left four dead.", "Baharak", "AF-TAK", "AF1803")]
    [InlineData("Clashes in Baharak district of Badakhshan left four dead.", "Baharak", "AF-BDS", "AF1706")]
    [InlineData("An outpost in Imam Sahib district of Kunduz was overrun.", "Imam Sahib", "AF-KDZ", "AF1905")]
    [InlineData("An outpost in Dasht-e-Archi district of Kunduz was overrun.", "Dasht-e-Archi", "AF-KDZ", "AF1906")]
    [InlineData("An outpost in Dasht-i-Archi district was overrun.", "Dasht-i-Archi", "AF-KDZ", "AF1906")]
    [InlineData("An outpost in Chahar Dara district of Kunduz was overrun.", "Chahar Dara", "AF-KDZ", "AF1902")]
    [InlineData("Police said Shindand district in Herat saw heavy fighting.", "Shindand", "AF-HER", null)]
    [InlineData("Police said Tagab district in Kapisa saw heavy fighting.", "Tagab", "AF-KAP", "AF0206")]
    [InlineData("Police said Tagab district in Badakhshan saw heavy fighting.", "Tagab", "AF-BDS", "AF1717")]
    [InlineData("Police said Alasay district in Kapisa saw heavy fighting.", "Alasay", "AF-KAP", "AF0207")]
    [InlineData("Snow closed the roads of Salang district in Parwan.", "Salang", "AF-PAR", "AF0306")]
    [InlineData("Rockets hit Baraki Barak district of Logar.", "Baraki Barak", "AF-LOG", "AF0502")]
    [InlineData("Rockets hit Charkh district of Logar.", "Charkh", "AF-LOG", "AF0503")]
    [InlineData("Rockets hit Surobi district of Kabul.", "Surobi", "AF-KAB", "AF0115")]
    [InlineData("Rockets hit Surobi district of Paktika.", "Surobi", "AF-PKA", "AF1210")]
    [InlineData("Clashes in Maywand district of Kandahar killed three.", "Maywand", "AF-KAN", "AF2710")]
    [InlineData("Clashes in Maiwand district of Kandahar killed three.", "Maiwand", "AF-KAN", "AF2710")]
    [InlineData("Clashes in Panjwai district of Kandahar killed three.", "Panjwai", "AF-KAN", "AF2704")]
    [InlineData("Clashes in Chak district of Wardak killed three.", "Chak", "AF-WAR", "AF0404")]
    [InlineData("Clashes in Injil district of Herat killed three.", "Injil", "AF-HER", "AF3202")]
    [InlineData("Clashes in Guzara district of Herat killed three.", "Guzara", "AF-HER", "AF3203")]
    [InlineData("Clashes in Obe district of Herat killed three.", "Obe", "AF-HER", "AF3212")]
    [InlineData("Clashes in Dehrawud district of Uruzgan killed three.", "Dehrawud", "AF-URU", "AF2502")]
    [InlineData("Clashes in Pul-e-Khumri district killed three.", "Pul-e-Khumri", "AF-BGL", "AF0901")]
    [InlineData("Clashes in Andarab district of Baghlan killed three.", "Andarab", "AF-BGL", "AF0907")]
    [InlineData("Clashes in Musa Khel district of Khost killed three.", "Musa Khel", "AF-KHO", "AF1405")]
    [InlineData("Clashes in Chakhansur district of Nimruz killed three.", "Chakhansur", "AF-NIM", "AF3403")]
    [InlineData("Clashes in Nawa-i-Barakzayi district killed three.", "Nawa-i-Barakzayi", "AF-HEL", "AF3003")]
    public void District_resolves_to_province_and_district(string text, string surface, string province, string? district)
    {
        var m = Single(text, surface);
        Check(m, province, district, "District");
        Assert.Equal(2, m.GeoPrecision);
    }

    // Towns: the capital city of a province after "in", the seat town of a district.
    [Theory]
    [InlineData("A suicide bomber struck a wedding in Kandahar on Friday.", "Kandahar", "AF-KAN", "AF2701")]
    [InlineData("Clashes continued south of Kandahar city.", "Kandahar", "AF-KAN", "AF2701")]
    [InlineData("A car bomb exploded outside a police post in Ghazni.", "Ghazni", "AF-GHA", "AF1101")]
    [InlineData("Two soldiers were killed in Qala-e-Naw on Sunday.", "Qala-e-Naw", "AF-BDG", "AF3101")]
    [InlineData("A bomb went off in Qala i Naw, the provincial capital.", "Qala i Naw", "AF-BDG", "AF3101")]
    [InlineData("Residents of Qal'eh-ye Now fled the fighting.", "Qal'eh-ye Now", "AF-BDG", "AF3101")]
    [InlineData("A bomb went off in Qala-i-Naw.", "Qala-i-Naw", "AF-BDG", "AF3101")]
    [InlineData("Gunmen stormed a compound in Jalalabad.", "Jalalabad", "AF-NAN", "AF0601")]
    [InlineData("Gunmen stormed a compound in Mazar-i-Sharif.", "Mazar-i-Sharif", "AF-BAL", null)]
    [InlineData("Gunmen stormed a compound in Mazar-e-Sharif.", "Mazar-e-Sharif", "AF-BAL", null)]
    [InlineData("Gunmen stormed a compound in Lashkar Gah.", "Lashkar Gah", "AF-HEL", null)]
    [InlineData("Gunmen stormed a compound in Lashkargah.", "Lashkargah", "AF-HEL", null)]
    [InlineData("Gunmen stormed a compound in Kunduz city.", "Kunduz", "AF-KDZ", null)]
    [InlineData("Gunmen stormed a compound in Pul-i-Khumri.", "Pul-i-Khumri", "AF-BGL", "AF0901")]
    [InlineData("Gunmen stormed a compound in Taloqan.", "Taloqan", "AF-TAK", null)]
    [InlineData("Gunmen stormed a compound in Tarin Kot.", "Tarin Kot", "AF-URU", null)]
    [InlineData("Gunmen stormed a compound in Sheberghan.", "Sheberghan", "AF-JOW", null)]
    [InlineData("Gunmen stormed a compound in Shibirghan.", "Shibirghan", "AF-JOW", null)]
    [InlineData("Gunmen stormed a compound in Maimana.", "Maimana", "AF-FYB", null)]
    [InlineData("Gunmen stormed a compound in Faizabad.", "Faizabad", "AF-BDS", null)]
    [InlineData("Gunmen stormed a compound in Gardez.", "Gardez", "AF-PIA", null)]
    [InlineData("Gunmen stormed a compound in Sharana.", "Sharana", "AF-PKA", null)]
    [InlineData("Gunmen stormed a compound in Asadabad.", "Asadabad", "AF-KNR", null)]
    [InlineData("Gunmen stormed a compound in Mehtar Lam.", "Mehtar Lam", "AF-LAG", null)]
    [InlineData("Gunmen stormed a compound in Zaranj.", "Zaranj", "AF-NIM", null)]
    [InlineData("Gunmen stormed a compound in Qalat.", "Qalat", "AF-ZAB", null)]
    [InlineData("Gunmen stormed a compound in Chaghcharan.", "Chaghcharan", "AF-GHO", null)]
    [InlineData("Government forces are stationed in Karukh and hold the bazaar.", "Karukh", "AF-HER", "AF3204")]
    [InlineData("A roadside bomb hit a car near Herat.", "Herat", "AF-HER", "AF3201")]
    [InlineData("A roadside bomb hit a car in Kabul.", "Kabul", "AF-KAB", "AF0101")]
    public void Town_resolves(string text, string surface, string province, string? district)
    {
        var m = Single(text, surface);
        Check(m, province, district, "PopulatedPlace");
        Assert.InRange(m.GeoPrecision, 1, 2);
    }

    [Theory]
    [InlineData("Police posts in western Farah came under attack.", "Farah", "AF-FRA")]
    [InlineData("Fighting spread across northern Kunduz.", "Kunduz", "AF-KDZ")]
    [InlineData("Farah province saw four policemen killed.", "Farah", "AF-FRA")]
    [InlineData("The province of Kandahar is a Taliban heartland.", "Kandahar", "AF-KAN")]
    [InlineData("Officials in Helmand said the road was closed.", "Helmand", "AF-HEL")]
    [InlineData("Officials in Wardak said the road was closed.", "Wardak", "AF-WAR")]
    public void Bare_province_or_direction_gives_province(string text, string surface, string province) =>
        Check(Single(text, surface), province, null, "Province");

    [Theory]
    [InlineData("Fighters attacked the Helmand capital overnight.", "Helmand", "AF-HEL")]
    [InlineData("Fighters closed in on the Kunduz capital.", "Kunduz", "AF-KDZ")]
    [InlineData("Fighters closed in on the Badghis capital.", "Badghis", "AF-BDG")]
    [InlineData("Government forces cleared Tarinkot, the capital of Uruzgan.", "Uruzgan", "AF-URU")]
    [InlineData("A bomb exploded in the provincial capital of Logar.", "Logar", "AF-LOG")]
    public void The_Y_capital_is_the_capital_town(string text, string surface, string province)
    {
        var m = Single(text, surface);
        Check(m, province, null, "PopulatedPlace");
        Assert.Contains("capital", m.Reason);
    }

    [Theory]
    [InlineData("A suicide bombing hit a wedding in eastern Afghanistan.", "eastern Afghanistan", "R:AF-E")]
    [InlineData("Attacks rose in western Afghanistan last month.", "western Afghanistan", "R:AF-W")]
    [InlineData("Attacks rose in northern Afghanistan last month.", "northern Afghanistan", "R:AF-N")]
    [InlineData("Attacks rose in southern Afghanistan last month.", "southern Afghanistan", "R:AF-S")]
    [InlineData("Attacks rose in south-eastern Afghanistan last month.", "south-eastern Afghanistan", "R:AF-SE")]
    public void Region_without_province(string text, string surface, string id)
    {
        var m = Single(text, surface);
        Assert.Equal(id, m.Place.Id);
        Assert.Null(m.Place.Admin1);
        Assert.Equal(3, m.GeoPrecision);
    }

    [Theory]
    [InlineData("A Croatian medic was hurt by a roadside bomb.", "Croatian", "HR")]
    [InlineData("Qatari mediators hosted the talks.", "Qatari", "QA")]
    [InlineData("Pakistani officials denied the report.", "Pakistani", "PK")]
    [InlineData("Two American soldiers were wounded.", "American", "US")]
    [InlineData("Turkish troops guard the airport.", "Turkish", "TR")]
    [InlineData("German soldiers left Mazar-i-Sharif.", "German", "DE")]
    [InlineData("Iranian border guards closed the bridge.", "Iranian", "IR")]
    [InlineData("Negotiators met in Doha on Saturday.", "Doha", "QA")]
    [InlineData("The envoy flew to Tashkent.", "Tashkent", "UZ")]
    [InlineData("Officials in Washington welcomed the deal.", "Washington", "US")]
    [InlineData("A delegation visited Beijing last week.", "Beijing", "CN")]
    [InlineData("Talks were held in Islamabad.", "Islamabad", "PK")]
    [InlineData("Refugees crossed into Iran.", "Iran", "IR")]
    [InlineData("China told the delegation it expected a role.", "China", "CN")]
    [InlineData("The US envoy arrived.", "US", "US")]
    [InlineData("The U.S. envoy arrived.", "U.S", "US")]
    [InlineData("Militants fled to Peshawar.", "Peshawar", "PK")]
    [InlineData("Marshal Dostum returned from Turkey.", "Turkey", "TR")]
    [InlineData("Militants fled to Quetta.", "Quetta", "PK")]
    [InlineData("Pilgrims travelled to Mashhad in Iran.", "Mashhad", "IR")]
    [InlineData("Forces massed near Termez.", "Termez", "UZ")]
    public void Countries_capitals_demonyms(string text, string surface, string country) =>
        Assert.Equal(country, Single(text, surface).Place.Country);

    // Decoys: ordinary English, people and organisations must not become places.
    [Theory]
    [InlineData("Now the Taliban are stronger than ever.")]
    [InlineData("He was seen at the bar before the attack.")]
    [InlineData("Bar owners were warned.")]
    [InlineData("Reading the report, officials said nothing.")]
    [InlineData("Mobile phone networks were cut.")]
    [InlineData("They struck a deal on Monday.")]
    [InlineData("Deal or no deal, the fighting goes on.")]
    [InlineData("Nice words will not end the war.")]
    [InlineData("General Miller said the troops would leave.")]
    [InlineData("Mullah Baradar led the delegation.")]
    [InlineData("Imran Khan met the envoy.")]
    [InlineData("Voice of America reported the attack.")]
    [InlineData("The Islamic State claimed responsibility.")]
    [InlineData("In the morning the rebels killed two guards.")]
    [InlineData("On July 24 nothing happened.")]
    [InlineData("The Taliban Receive Impetus After A Visit")]
    [InlineData("Heart of the matter is trust.")]
    [InlineData("This story is also available in German: LINK.")]
    [InlineData("The Northern Alliance fought back.")]
    [InlineData("Central Media Office statement follows.")]
    [InlineData("The Arab world watched closely.")]
    [InlineData("Split decisions were made.")]
    [InlineData("Sale of arms continued.")]
    [InlineData("Bath time is over, said the spokesman.")]
    [InlineData("March on, he told the crowd.")]
    [InlineData("May the talks succeed.")]
    [InlineData("Police said the Center was closed.")]
    [InlineData("They came Down the road at night.")]
    [InlineData("Farsi speakers were interviewed.")]
    [InlineData("The Paris Climate Accord was cited.")]
    [InlineData("Brown University released figures.")]
    [InlineData("The Pentagon now estimates the numbers.")]
    [InlineData("Support SouthFront today.")]
    [InlineData("Written for the Central Media Office by Saifullah Mustanir")]
    [InlineData("Secretary of State Mike Pompeo said so.")]
    [InlineData("President Ashraf Ghani said the talks would continue.")]
    [InlineData("Abdullah Abdullah and Hamid Karzai disagreed.")]
    [InlineData("Sirajuddin Haqqani leads the Haqqani network.")]
    [InlineData("Atta Mohammad Noor mobilised his men.")]
    [InlineData("Qari Yousuf Ahmadi denied any casualties.")]
    [InlineData("The Domain of the Cameo is a Quote.")]
    [InlineData("NEVER DEMAND MORE, said the banner.")]
    public void Ordinary_words_are_not_places(string text)
    {
        var mentions = GeoFixture.Mentions(text);
        Assert.True(mentions.Count == 0, GeoFixture.Describe(mentions));
    }

    [Theory]
    [InlineData("Nawa district in Ghazni", "Nawa", "AF-GHA")]
    [InlineData("Ghazni officials said Nawa district was attacked.", "Nawa", "AF-GHA")]
    [InlineData("Helmand officials said Nawa-e-Barakzaiy district was attacked.", "Nawa-e-Barakzaiy", "AF-HEL")]
    [InlineData("The Nawa district of Helmand fell on Friday.", "Nawa", "AF-HEL")]
    [InlineData("Heavy fighting in Helmand province: Nawa and Marjah were hit.", "Nawa", "AF-HEL")]
    [InlineData("Heavy fighting in Helmand province: Nawa and Marjah were hit.", "Marjah", "AF-HEL")]
    public void Nawa_in_context(string text, string surface, string province) =>
        Check(Single(text, surface), province, null, "District");

    [Theory]
    [InlineData("Fighting was reported in Nawa on Monday.")]
    [InlineData("The Taliban took Arghandab district overnight.")]
    [InlineData("Heavy clashes hit Baharak district.")]
    public void Same_name_in_two_provinces_without_evidence_is_left_out(string text)
    {
        var mentions = GeoFixture.Mentions(text);
        Assert.True(mentions.Count == 0, GeoFixture.Describe(mentions));
    }

    [Theory]
    [InlineData("Clashes were reported in Ghazni, Paktia and Logar provinces.", "Ghazni", "AF-GHA")]
    [InlineData("Clashes were reported in Kandahar and Helmand provinces.", "Kandahar", "AF-KAN")]
    [InlineData("Fighters attacked checkpoints in Jaghori and Malistan districts of Ghazni.", "Ghazni", "AF-GHA")]
    [InlineData("The Nawa district of Ghazni fell on Friday.", "Ghazni", "AF-GHA")]
    public void Province_from_list_or_district_of_pattern(string text, string surface, string province) =>
        Check(Single(text, surface), province, null, "Province");

    [Theory]
    [InlineData("Fighters attacked checkpoints in Jaghori and Malistan districts of Ghazni.", "Jaghori", "AF1114")]
    [InlineData("Fighters attacked checkpoints in Jaghori and Malistan districts of Ghazni.", "Malistan", "AF1116")]
    [InlineData("In Helmand's Nad Ali district, four civilians died.", "Nad Ali", "AF3002")]
    [InlineData("A blast hit a mosque in Kabul's Shakar Dara district.", "Shakar Dara", "AF0106")]
    [InlineData("The attack took place in the Deh Bala district of Nangarhar province.", "Deh Bala", "AF0610")]
    public void District_in_lists_and_possessives(string text, string surface, string district) =>
        Check(Single(text, surface), null, district, "District");

    [Fact]
    public void Province_earlier_in_paragraph_disambiguates_district()
    {
        var text = "Heavy fighting was reported in Zabul province on Monday. Later the Taliban overran Arghandab district.";
        Check(Single(text, "Arghandab"), "AF-ZAB", "AF2605", "District");
        var other = "Heavy fighting was reported in Kandahar province on Monday. Later the Taliban overran Arghandab district.";
        Check(Single(other, "Arghandab"), "AF-KAN", "AF2702", "District");
    }

    [Fact]
    public void Every_mention_explains_itself()
    {
        var text = "Two policemen were shot in Qala-e-Naw, capital of Baghdhis province, and a Croatian officer died in Kabul.";
        var mentions = GeoFixture.Mentions(text);
        Assert.Equal(4, mentions.Count);
        Assert.All(mentions, m =>
        {
            Assert.False(string.IsNullOrWhiteSpace(m.Reason));
            Assert.StartsWith("place.", m.Rule);
            Assert.NotEmpty(m.CandidateIds);
            Assert.Equal(m.Text, text[m.Span.Start..m.Span.End]);
        });
        Assert.Equal("place.fuzzy", mentions.Single(m => m.Text == "Baghdhis").Rule);
        Assert.Equal("place.demonym", mentions.Single(m => m.Text == "Croatian").Rule);
    }

    [Fact]
    public void Malan_Bridge_is_a_site_in_Herat()
    {
        var m = Single("Fighting reached the Malan Bridge on the road out of Herat by nightfall.", "Malan Bridge");
        Check(m, "AF-HER", null, "Site");
    }
}
