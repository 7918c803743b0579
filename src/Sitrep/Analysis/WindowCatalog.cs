using Sitrep.Evaluation;
using Sitrep.Pipeline;

namespace Sitrep.Analysis;

/// <summary>
/// The named windows of <c>data/windows/*.tsv</c> (format in data/windows/README.md), read in
/// file-name order, then a user's own file: a later line with an id already read replaces it.
/// </summary>
public sealed class WindowCatalog
{
    public const string Folder = "windows";

    private readonly Dictionary<string, NamedWindow> _byId;

    public WindowCatalog(IEnumerable<NamedWindow> windows)
    {
        _byId = new Dictionary<string, NamedWindow>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in windows) _byId[w.Id] = w;
    }

    /// <summary>Every window, oldest first.</summary>
    public IReadOnlyList<NamedWindow> Windows => [.. _byId.Values.OrderBy(w => w.Range.From).ThenBy(w => w.Id, StringComparer.Ordinal)];

    public NamedWindow? Find(string id) => _byId.GetValueOrDefault(id.Trim());

    /// <exception cref="FormatException">A line of a window file is malformed; the message names the file and line.</exception>
    public static WindowCatalog Load(DataPack data, string? userFile = null)
    {
        var folder = Path.Combine(data.Directory, Folder);
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.tsv").Order(StringComparer.Ordinal).ToList() : [];
        if (userFile is not null) files.Add(userFile);
        return new WindowCatalog(files.SelectMany(Read));
    }

    /// <summary>The windows of one file: id, name, from, to, kind, source, tab-separated; '#' starts a comment line.</summary>
    public static IEnumerable<NamedWindow> Read(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: no such windows file", path);
        var lineNo = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNo++;
            var line = raw.TrimEnd();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var f = line.Split('\t');
            if (f.Length < 4)
                throw new FormatException($"{path}:{lineNo}: a window needs at least id, name, from and to, tab-separated; found {f.Length} field(s)");
            var id = f[0].Trim();
            if (id.Length == 0 || id.Contains(".."))
                throw new FormatException($"{path}:{lineNo}: \"{id}\" is not a window id (no blanks, no '..')");
            if (!UnambiguousDate.TryParse(f[2].Trim(), out var from))
                throw new FormatException($"{path}:{lineNo}: from: {UnambiguousDate.Problem(f[2].Trim())}");
            if (!UnambiguousDate.TryParse(f[3].Trim(), out var to))
                throw new FormatException($"{path}:{lineNo}: to: {UnambiguousDate.Problem(f[3].Trim())}");
            if (to < from) throw new FormatException($"{path}:{lineNo}: window {id} ends ({f[3].Trim()}) before it starts ({f[2].Trim()})");
            yield return new NamedWindow(id, f[1].Trim(), new DateRange(from, to),
                f.Length > 4 ? f[4].Trim() : "", f.Length > 5 ? f[5].Trim() : "");
        }
    }

    /// <summary>
    /// A window given on the command line: a name of the catalog or FROM..TO. Null and a reason when it is neither.
    /// </summary>
    public DateRange? Resolve(string text, out string? label, out string? problem)
    {
        if (Find(text) is { } named)
        {
            (label, problem) = (named.Id, null);
            return named.Range;
        }
        if (DateRange.TryParse(text, out var range, out problem))
        {
            label = range!.ToString();
            return range;
        }
        label = null;
        if (!text.Contains(".."))
            problem = $"no named window \"{text}\" (see --list-windows) and not a date range FROM..TO";
        return null;
    }
}
