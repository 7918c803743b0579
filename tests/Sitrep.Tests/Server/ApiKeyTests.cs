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

public sealed class ServeCommandTests
{
    [Fact]
    public void Serving_a_missing_database_is_a_one_line_error_not_an_empty_store()
    {
        using var files = new TestFiles();
        var error = new StringWriter();
        var db = files.PathOf("misspelt.db");
        Assert.Equal(2, Sitrep.Cli.Program.Run(["serve", "--db", db, "--urls", "http://127.0.0.1:0"], error));
        Assert.Contains("misspelt.db", error.ToString());
        Assert.False(File.Exists(db));
    }

    [Fact]
    public void A_malformed_key_file_stops_the_server_with_its_line()
    {
        using var files = new TestFiles();
        var db = files.PathOf("s.db");
        Sitrep.Storage.SqliteStore.Open(db).Dispose();
        var keys = files.Write("keys.txt", "my-secret-in-clear\n");
        var error = new StringWriter();
        Assert.Equal(2, Sitrep.Cli.Program.Run(["serve", "--db", db, "--api-key-file", keys, "--urls", "http://127.0.0.1:0"], error));
        Assert.Contains($"{keys}:1:", error.ToString());
    }
}
