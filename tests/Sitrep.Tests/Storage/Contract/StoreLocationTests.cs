using Npgsql;
using Sitrep.Storage;

namespace Sitrep.Tests.Storage.Contract;

/// <summary>What a --db value names: a SQLite path, or a PostgreSQL URL or connection string.</summary>
public class StoreLocationTests
{
    [Theory]
    [InlineData("sitrep.db")]
    [InlineData("/data/stores/2020;host-notes.db")]
    [InlineData("C:\\stores\\a=b.db")]
    [InlineData("postgres.db")]
    public void A_path_is_a_sqlite_store(string db)
    {
        var location = StoreLocation.Parse(db);
        Assert.Equal((StoreEngine.Sqlite, db), (location.Engine, location.ConnectionString));
    }

    [Fact]
    public void A_url_becomes_a_connection_string_and_its_display_hides_the_password()
    {
        var location = StoreLocation.Parse("postgres://ana:s%40cret@db.example.org:6543/sitrep?sslmode=require&pooling=false");
        Assert.Equal(StoreEngine.Postgres, location.Engine);
        var b = new NpgsqlConnectionStringBuilder(location.ConnectionString);
        Assert.Equal(("db.example.org", 6543, "sitrep", "ana", "s@cret", SslMode.Require, false), (b.Host, b.Port, b.Database, b.Username, b.Password, b.SslMode, b.Pooling));
        Assert.Equal("db.example.org:6543/sitrep", location.Display);
        Assert.DoesNotContain("cret", location.Display);
        Assert.Equal(5432, new NpgsqlConnectionStringBuilder(StoreLocation.Parse("postgresql://localhost/x").ConnectionString).Port);
    }

    [Fact]
    public void A_connection_string_is_recognised_by_its_host()
    {
        var location = StoreLocation.Parse("Host=10.0.0.5;Database=sitrep;Username=sitrep");
        Assert.Equal((StoreEngine.Postgres, "10.0.0.5:5432/sitrep"), (location.Engine, location.Display));
    }

    [Theory]
    [InlineData("postgres://")]
    [InlineData("postgres://host/db?nosuchsetting=1")]
    [InlineData("postgres://host/db?novalue")]
    public void A_malformed_url_is_a_store_error(string db) => Assert.Throws<StoreException>(() => StoreLocation.Parse(db));
}
