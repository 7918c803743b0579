using System.Collections.Concurrent;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Tests.Sources;

public class LanguageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sitrep-lang").FullName;

    private const string English = "Afghan forces and Taliban fighters clashed for several hours near the provincial capital on Sunday, officials said.";
    private const string Persian = "نیروهای امنیتی افغانستان و جنگجویان طالبان روز یکشنبه در نزدیکی مرکز ولایت برای چندین ساعت با هم درگیر شدند.";
    private const string Russian = "Афганские силы безопасности и боевики движения Талибан в воскресенье в течение нескольких часов вели бои у административного центра провинции.";
    private const string German = "Afghanische Sicherheitskräfte und Kämpfer der Taliban lieferten sich am Sonntag mehrere Stunden lang Gefechte nahe der Provinzhauptstadt.";

    private sealed class RecordingAnnotator : IAnnotator
    {
        public string Name => "recording";
        public ConcurrentBag<string> Seen { get; } = [];
        public void Annotate(Document document) => Seen.Add(document.Text);
    }

    [Theory]
    [InlineData(English, "en")]
    [InlineData(Persian, "fa")]
    [InlineData(Russian, "ru")]
    [InlineData(German, "de")]
    [InlineData("Kabul, 3 May", "en")]
    public void Identifies_article_languages(string text, string code) =>
        Assert.Equal(code, LanguageIdentifier.Load(DataPack.Default).Identify(text));

    private static LanguageIdentifier Fresh() => new(
        DataPack.Default.ReadLines("language/languages.txt"), DataPack.Default.ReadLines("language/english_words.txt"));

    [Fact]
    public void Plain_english_is_told_without_loading_a_language_model()
    {
        var identifier = Fresh();
        Assert.Equal("en", identifier.Identify(English));
        Assert.Equal("en", identifier.Identify("The governor said that the attack on the checkpoint was carried out by fighters who had crossed from the neighbouring district at night."));
        Assert.False(identifier.ModelsLoaded);
    }

    [Theory]
    [InlineData(German, "de")]
    [InlineData(Persian, "fa")]
    [InlineData("Les forces afghanes et les talibans se sont affrontés pendant plusieurs heures près de la capitale provinciale dimanche, selon des responsables.", "fr")]
    [InlineData("Las fuerzas afganas y los combatientes talibanes se enfrentaron durante varias horas cerca de la capital provincial el domingo, dijeron funcionarios.", "es")]
    public void Other_languages_load_the_models_and_are_told_by_them(string text, string code)
    {
        var identifier = Fresh();
        Assert.Equal(code, identifier.Identify(text));
        Assert.True(identifier.ModelsLoaded);
    }

    [Fact]
    public void Language_names_are_english_words() => Assert.Equal("Persian", LanguageIdentifier.NameOf("fa"));

    [Fact]
    public void Non_english_articles_are_stored_and_reported_but_not_extracted()
    {
        foreach (var (name, text) in new[] { ("a.txt", English), ("b.txt", Persian), ("c.txt", Russian) })
            File.WriteAllText(Path.Combine(_folder, name), text);
        var annotator = new RecordingAnnotator();
        using var store = SqliteStore.Open(Path.Combine(_folder, "lang.db"));
        var ingestor = new Ingestor(new SitrepPipeline([annotator]), SourceReader.Default(), store) { Languages = LanguageIdentifier.Load(DataPack.Default) };
        var summary = ingestor.Run([_folder]);

        Assert.Equal(3, summary.ArticlesStored);
        Assert.Equal([English], annotator.Seen);
        Assert.Equal(["Persian", "Russian"], summary.NotEnglish.Select(s => s.LanguageName));
        Assert.Equal(Path.Combine(_folder, "b.txt"), summary.NotEnglish[0].Location);
        var persian = store.Article(summary.NotEnglish[0].ArticleId)!;
        Assert.Equal("fa", persian.Language);
        Assert.Equal(Persian, persian.Text);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
