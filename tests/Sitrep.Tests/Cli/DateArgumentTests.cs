using Sitrep.Evaluation;
using Sitrep.Tests.Foundation;

namespace Sitrep.Tests.Cli;

/// <summary>Every date option reads dates with the one parser eval uses: unambiguous forms only, never a guess.</summary>
public class DateArgumentTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private SitrepProcess.Result Sitrep(params string[] args) => SitrepProcess.Run(_files.Root, args);

    [Theory]
    [InlineData("2020-06-18")]
    [InlineData("18 June 2020")]
    [InlineData("18 Jun 2020")]
    [InlineData("June 18, 2020")]
    [InlineData("18-Jun-2020")]
    public void Unambiguous_forms_are_read(string text)
    {
        Assert.True(UnambiguousDate.TryParse(text, out var date));
        Assert.Equal(new DateOnly(2020, 6, 18), date);
    }

    [Theory]
    [InlineData("03/06/2020", "3 June 2020 or 6 March 2020")]
    [InlineData("01/07/2020", "1 July 2020 or 7 January 2020")]
    [InlineData("06/18/2020", "write 2020-06-18")]
    [InlineData("18/06/2020", "write 2020-06-18")]
    [InlineData("20200618", "digits run together")]
    [InlineData("July", "is not a date such as")]
    public void Ambiguous_or_unreadable_dates_are_refused_saying_why(string text, string because)
    {
        Assert.False(UnambiguousDate.TryParse(text, out _));
        Assert.Contains(because, UnambiguousDate.Problem(text));
    }

    [Theory]
    [InlineData("--from", "events", "--from", "03/06/2020", "--db", "t.db")]
    [InlineData("--to", "events", "--to", "01/07/2020", "--db", "t.db")]
    [InlineData("--published", "extract", "r.txt", "--published", "03/06/2020")]
    [InlineData("--published", "ingest", "r.txt", "--published", "06/18/2020", "--db", "t.db")]
    [InlineData("--published", "ingest", "r.txt", "--published", "20200618", "--db", "t.db")]
    public void Every_date_option_refuses_a_slashed_date_before_doing_anything(string option, params string[] args)
    {
        _files.Write("r.txt", "On Tuesday gunmen attacked a police post in Ghazni.");
        var result = Sitrep(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{option}: \"", result.Stderr);
        Assert.Equal("", result.Stdout);
        Assert.False(File.Exists(_files.PathOf("t.db")));
    }

    [Fact]
    public void Extract_reads_a_written_out_publication_date()
    {
        _files.Write("r.txt", "On Tuesday gunmen attacked a police post in Ghazni.");
        var result = Sitrep("extract", "r.txt", "--published", "18 June 2020");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"published\":\"2020-06-18\"", result.Stdout);
    }
}
