using Microsoft.Data.Sqlite;
using Sitrep.Cli.Commands;
using Sitrep.Tests.Foundation;

namespace Sitrep.Tests.Cli;

/// <summary>What cannot be done ends as one line naming the file, exit 2, and no stack trace; a read never creates a database.</summary>
public class CliErrorTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private SitrepProcess.Result Sitrep(params string[] args) => SitrepProcess.Run(_files.Root, args);

    private static void AssertOneLineError(SitrepProcess.Result result, string expected)
    {
        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("Unhandled exception", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("sitrep", line);
        Assert.Contains(expected, line);
    }

    [Theory]
    [InlineData("events")]
    [InlineData("ingest")]
    public void A_database_in_a_missing_folder_is_named_in_one_line(string command)
    {
        _files.Write("a.txt", "Gunmen attacked a police post in Ghazni.");
        var result = command == "ingest" ? Sitrep("ingest", "a.txt", "--db", "no/such/folder/t.db") : Sitrep("events", "--db", "no/such/folder/t.db");
        AssertOneLineError(result, "folder");
        Assert.Contains("folder", result.Stderr);
        Assert.False(Directory.Exists(_files.PathOf("no")));
    }

    [Theory]
    [InlineData("events", "--db", "misspelt.db")]
    [InlineData("explain", "ev_272b02", "--db", "misspelt.db")]
    public void A_read_on_a_missing_database_is_an_error_and_creates_nothing(params string[] args)
    {
        AssertOneLineError(Sitrep(args), "misspelt.db");
        Assert.Empty(Directory.GetFiles(_files.Root, "misspelt.db*"));
    }

    [Theory]
    [InlineData("events")]
    [InlineData("ingest")]
    public void A_file_that_is_not_a_database_is_named_in_one_line(string command)
    {
        _files.Write("notes.db", "These are my notes, not a database. ".PadRight(2000, '.'));
        _files.Write("a.txt", "Gunmen attacked a police post in Ghazni.");
        var result = command == "ingest" ? Sitrep("ingest", "a.txt", "--db", "notes.db") : Sitrep("events", "--db", "notes.db");
        AssertOneLineError(result, "notes.db is not a SQLite database");
    }

    [Fact]
    public void Ingest_into_a_read_only_database_is_named_in_one_line()
    {
        Assert.Equal(0, Sitrep("ingest", _files.Write("a.txt", "Gunmen attacked a police post in Ghazni."), "--db", "t.db").ExitCode);
        _files.Write("b.txt", "A roadside bomb killed two soldiers in Khost.");
        // the tests may run as root, whom file permissions do not stop; SQLite's read-only mode does
        AssertOneLineError(Sitrep("ingest", "b.txt", "--db", "file:t.db?mode=ro"), "read-only");
    }

    [Theory]
    [InlineData("events", "--provice", "Herat")]
    [InlineData("events", "--format", "xml")]
    [InlineData("ingest")]
    [InlineData("frobnicate")]
    public void Bad_arguments_exit_2_as_nothing_done(params string[] args)
    {
        var result = Sitrep(args);
        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.Contains("sitrep: nothing done; see sitrep", result.Stderr);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void A_misspelt_option_is_answered_with_the_right_one()
    {
        Assert.Contains("--province", Sitrep("events", "--provice", "Herat").Stderr);
    }

    [Theory]
    [InlineData(8, "cannot write to t.db: the database is read-only")]
    [InlineData(26, "t.db is not a SQLite database")]
    public void Sqlite_failures_become_a_sentence_naming_the_database(int code, string expected)
    {
        var wrapped = new AggregateException(new SqliteException($"SQLite Error {code}", code));
        Assert.StartsWith(expected, CliError.Describe(wrapped, "t.db"));
    }

    [Fact]
    public void A_bug_is_not_disguised_as_a_database_error() =>
        Assert.Null(CliError.Describe(new NullReferenceException(), "t.db"));
}
