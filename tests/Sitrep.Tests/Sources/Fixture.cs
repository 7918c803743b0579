namespace Sitrep.Tests.Sources;

/// <summary>Fixture files written for these tests (Sources/Fixtures), copied beside the test binaries.</summary>
internal static class Fixture
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Sources", "Fixtures", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static string Text(string name) => File.ReadAllText(PathOf(name));
}
