using Sitrep.Cli.Output;

namespace Sitrep.Tests.Foundation;

public class PipedWidthTests
{
    [Theory]
    [InlineData("132", 132)]
    [InlineData(null, PipedWidth.Default)]
    [InlineData("wide", PipedWidth.Default)]
    [InlineData("5", PipedWidth.Default)]
    [InlineData("100000", PipedWidth.Default)]
    public void Piped_tables_take_COLUMNS_when_it_is_a_sane_width(string? columns, int width) =>
        Assert.Equal(width, PipedWidth.Of(columns));
}
