using System.Buffers;
using System.Text;
using System.Text.Json;
using Sitrep.Pipeline;
using Sitrep.Serialization;

namespace Sitrep.Tests.Foundation;

/// <summary>
/// The generated writers (<see cref="SitrepJsonContext"/>) must give the bytes the reflection
/// serializer gives with <see cref="SitrepJson.Options"/>: stored rows and extract output stay the same.
/// </summary>
public class SitrepJsonTests
{
    private static string Reflection<T>(T value, bool indented = false) =>
        JsonSerializer.Serialize(value, indented ? SitrepJson.Indented : SitrepJson.Options);

    [Fact]
    public void Every_annotation_kind_has_a_generated_writer()
    {
        var kinds = typeof(Annotation).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Annotation)) && !t.IsAbstract);
        Assert.All(kinds, kind => Assert.Contains(kind, GeneratedWriters.Types));
    }

    [Fact]
    public void Every_enum_the_generated_writers_reach_is_written_by_name()
    {
        // an enum without its converter in the context would be written as a number, silently
        var named = SitrepJsonContext.Default.Options.Converters.Select(c => c.GetType())
            .Where(t => t.IsGenericType).Select(t => t.GetGenericArguments()[0]).ToHashSet();
        var enums = new HashSet<Type>();
        var seen = new HashSet<Type>();
        void Walk(Type type)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (!seen.Add(type)) return;
            if (type.IsEnum) { enums.Add(type); return; }
            if (type.IsGenericType) foreach (var argument in type.GetGenericArguments()) Walk(argument);
            if (type.IsArray) Walk(type.GetElementType()!);
            if (type.Namespace?.StartsWith("Sitrep", StringComparison.Ordinal) != true) return;
            foreach (var property in type.GetProperties()) Walk(property.PropertyType);
        }
        foreach (var type in GeneratedWriters.Types) Walk(type);
        Assert.NotEmpty(enums);
        Assert.All(enums, e => Assert.Contains(e, named));
    }

    [Fact]
    public void An_annotation_as_object_is_written_as_reflection_writes_its_runtime_type()
    {
        var annotations = SampleDocuments.All.SelectMany(d => d.AllAnnotations()).ToList();
        Assert.Equal(GeneratedWriters.Types.Count(t => t.IsSubclassOf(typeof(Annotation))), annotations.Select(a => a.Annotation.GetType()).Distinct().Count());
        foreach (var (_, annotation) in annotations)
        {
            Assert.Equal(Reflection<object>(annotation), SitrepJson.Serialize<object>(annotation));
            Assert.Equal(Reflection<object>(annotation, indented: true), SitrepJson.Serialize<object>(annotation, indented: true));
        }
    }

    [Fact]
    public void Events_are_written_as_reflection_writes_them()
    {
        var events = SampleDocuments.All.SelectMany(d => d.Events).ToList();
        Assert.Contains(events, e => e.Place is not null && e.Date is not null && e.Fatalities is not null && e.Agent is not null && e.Target is not null);
        foreach (var e in events) Assert.Equal(Reflection(e), SitrepJson.Serialize(e));
        foreach (var d in SampleDocuments.All) Assert.Equal(Reflection(d.Events, indented: true), SitrepJson.Serialize(d.Events, indented: true));
    }

    [Fact]
    public void Awkward_characters_are_escaped_as_before()
    {
        var awkward = SampleDocuments.Awkward;
        foreach (var (_, annotation) in awkward.AllAnnotations()) Assert.Equal(Reflection<object>(annotation), SitrepJson.Serialize<object>(annotation));
        foreach (var e in awkward.Events) Assert.Equal(Reflection(e), SitrepJson.Serialize(e));

        var quote = new Sitrep.Claims.Quote(new Sitrep.Text.Span(0, 4), "quote.test", "Mujahid", new Sitrep.Text.Span(5, 9), "said",
            "a \"b\" \\ \u0001\t\u2028<&>' é کابل \U0001F600");
        // quotes, backslashes and control characters escaped; <, &, >, ' and letters of any script as themselves; an emoji as its surrogate pair
        Assert.Equal("""{"speaker":"Mujahid","speakerSpan":{"start":5,"end":9},"verb":"said","content":"a \"b\" \\ \u0001\t\u2028<&>' é کابل \uD83D\uDE00","span":{"start":0,"end":4},"rule":"quote.test"}""",
            SitrepJson.Serialize<object>(quote));
        Assert.Equal(Reflection<object>(quote), SitrepJson.Serialize<object>(quote));
    }

    [Fact]
    public void Nulls_are_omitted()
    {
        var quote = new Sitrep.Claims.Quote(new Sitrep.Text.Span(0, 4), "quote.test", null, null, null, "said \"so\" é \u0001");
        Assert.Equal("""{"content":"said \"so\" é \u0001","span":{"start":0,"end":4},"rule":"quote.test"}""", SitrepJson.Serialize<object>(quote));
        Assert.Equal(Reflection<object>(quote), SitrepJson.Serialize<object>(quote));
    }

    [Fact]
    public void Write_into_a_writer_gives_what_serialize_gives()
    {
        var document = SampleDocuments.Awkward;
        foreach (var (_, annotation) in document.AllAnnotations())
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, SitrepJson.WriterOptions(SitrepJson.Options)))
                SitrepJson.Write<object>(writer, annotation);
            Assert.Equal(SitrepJson.Serialize<object>(annotation), Encoding.UTF8.GetString(buffer.WrittenSpan));
        }
    }

    [Fact]
    public void A_type_without_a_generated_writer_is_written_by_reflection()
    {
        var features = new List<Sitrep.Documents.PageFeature>();
        Assert.Equal(Reflection(features), SitrepJson.Serialize(features));
        Assert.Equal("null", SitrepJson.Serialize<object?>(null));
    }
}
