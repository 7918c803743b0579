namespace Sitrep.Tests.Evaluation;

internal static class RepoPaths
{
    /// <summary>The repository root, found from the test binaries by its solution file.</summary>
    public static string Root { get; } = FindRoot();

    public static string Fixture(string name) => Path.Combine(Root, "tests", "Sitrep.Tests", "Evaluation", "fixtures", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx")))
                return dir.FullName;
        throw new DirectoryNotFoundException("repository root (Sitrep.slnx) not found above " + AppContext.BaseDirectory);
    }
}
