using Sitrep.Server.Security;
using Sitrep.Tests.Foundation;

namespace Sitrep.Tests.Server;

public sealed class ApiKeyTests
{
    [Fact]
    public void A_new_key_is_accepted_and_its_file_holds_only_the_hash()
    {
        using var files = new TestFiles();
        var path = files.PathOf("keys.txt");
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try { Assert.Equal(0, Sitrep.Cli.Program.Run(["serve", "--new-api-key", path], TextWriter.Null)); }
        finally { Console.SetOut(original); }
        var key = output.ToString().Trim();
        Assert.True(key.Length >= 40);
        Assert.DoesNotContain(key, File.ReadAllText(path));
        var keys = ApiKeys.Load(path);
        Assert.True(keys.Accepts(key));
        Assert.False(keys.Accepts(key + "x"));
        Assert.False(keys.Accepts(""));
    }

    [Fact]
    public void A_malformed_key_file_names_its_line()
    {
        using var files = new TestFiles();
        var path = files.Write("keys.txt", "# keys\n" + DemoServer.Line("k") + "\nplain-text-key\n");
        var error = Assert.Throws<InvalidDataException>(() => ApiKeys.Load(path));
        Assert.StartsWith($"{path}:3:", error.Message);
    }
}
