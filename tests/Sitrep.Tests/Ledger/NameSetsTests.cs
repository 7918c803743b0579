using Sitrep.Ledger;
using Xunit;

namespace Sitrep.Tests.Ledger;

public class NameSetsTests
{
    [Fact]
    public void Joined_names_form_one_set_and_others_stay_apart()
    {
        var sets = new NameSets();
        sets.Add("m9");
        sets.Join("m3", "c1");
        sets.Join("m4", "c2");
        sets.Join("m5", "c1");
        sets.Join("m5", "c2");

        Assert.Equal([["c1", "c2", "m3", "m4", "m5"], ["m9"]], sets.Sets());
    }

    [Fact]
    public void Sets_do_not_depend_on_the_order_of_joins()
    {
        var pairs = new[] { ("b", "a"), ("d", "c"), ("c", "b"), ("x", "y"), ("e", "e") };
        var forward = new NameSets();
        foreach (var (x, y) in pairs) forward.Join(x, y);
        var backward = new NameSets();
        foreach (var (x, y) in pairs.Reverse()) backward.Join(y, x);

        Assert.Equal(forward.Sets(), backward.Sets());
        Assert.Equal(3, forward.Sets().Count);
    }
}
