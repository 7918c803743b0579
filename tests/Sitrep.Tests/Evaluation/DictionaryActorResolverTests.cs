using Sitrep.Actors;
using Sitrep.Evaluation;
using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Tests.Evaluation;

public class DictionaryActorResolverTests
{
    private readonly DictionaryActorResolver _resolver = new(ActorDictionary.Load(DataPack.Default));

    [Theory]
    [InlineData("Taleban", "Taliban")]
    [InlineData("Government of Afghanistan", "Afghan government")]
    [InlineData("Military Forces of Afghanistan (2014-2021)", "ANA")]
    [InlineData("Military Forces of Afghanistan (2014-2021)", "Afghan special forces")]
    [InlineData("Islamic State (Afghanistan)", "ISKP")]
    public void Dataset_spellings_and_aliases_resolve_to_the_same_organisation(string gold, string alias)
    {
        var key = _resolver.ResolveName(gold);
        Assert.NotNull(key);
        Assert.Equal(key, _resolver.ResolveName(alias));
    }

    [Fact]
    public void Extracted_argument_compares_through_its_dictionary_actor()
    {
        var argument = new EventArgument("the Afghan National Police", new Span(0, 26), "police_af", "Police Forces of Afghanistan (2014-2021)");
        Assert.Equal(_resolver.ResolveName("Police Forces of Afghanistan (2014-2021)"), _resolver.KeyOf(argument));
        Assert.NotEqual(_resolver.ResolveName("Taliban"), _resolver.KeyOf(argument));
    }

    [Fact]
    public void Unknown_name_is_unresolved() => Assert.Null(_resolver.ResolveName("Army of the Twelve Monkeys"));
}
