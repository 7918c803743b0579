namespace Sitrep.Tests.Foundation;

/// <summary>
/// The rows of a spec file in tests/spec/ (tab-separated, a header line, # comments): rules tested
/// from data, so a case is added by writing a line, not code. Each row keeps its line number, so a
/// failing case names where it is written.
/// </summary>
public static class SpecFile
{
    public static IEnumerable<(int Line, string[] Columns)> Rows(string name, int columns)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "spec", name);
        var header = true;
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (cells.Length != columns) throw new FormatException($"{name}:{number}: {cells.Length} columns, expected {columns}");
            if (header) { header = false; continue; }
            yield return (number, cells);
        }
    }
}
