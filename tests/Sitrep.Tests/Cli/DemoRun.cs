using Sitrep.Tests.Foundation;

namespace Sitrep.Tests.Cli;

/// <summary>One <c>sitrep demo</c>, piped as in <c>sitrep demo | ...</c>, shared by the tests that read its output or its database.</summary>
public sealed class DemoRun : IDisposable
{
    public TestFiles Files { get; } = new();
    public SitrepProcess.Result Result { get; }
    public string Db => "sitrep-demo.db";

    public DemoRun() => Result = SitrepProcess.Run(Files.Root, "demo");

    public SitrepProcess.Result Sitrep(params string[] args) => SitrepProcess.Run(Files.Root, args);

    public void Dispose() => Files.Dispose();
}

[CollectionDefinition(Name)]
public sealed class DemoCollection : ICollectionFixture<DemoRun>
{
    public const string Name = "sitrep demo";
}
