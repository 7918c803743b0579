namespace Sitrep.Documents;

/// <summary>
/// Turns the paths a user names into a stream of articles and errors: files by extension,
/// folders recursively (in ordinal path order, so runs are reproducible), "-" for standard
/// input. A missing path or unreadable file is an error item; the rest carries on.
/// </summary>
public sealed class SourceReader(IReadOnlyList<IArticleReader> readers, ReaderLimits limits)
{
    public static SourceReader Default(ReaderLimits? limits = null) =>
        new([new PlainTextReader(), new HtmlArticleReader(), new JsonLinesReader()], limits ?? ReaderLimits.Default);

    public ReaderLimits Limits { get; } = limits;

    /// <summary>Expands the named paths into the inputs to read: folders become their files; missing paths stay, to be reported.</summary>
    public IReadOnlyList<SourceInput> Inputs(IEnumerable<string> paths)
    {
        var inputs = new List<SourceInput>();
        foreach (var path in paths)
        {
            if (path == "-") inputs.Add(new SourceInput("-", 0, SourceInputKind.StandardInput));
            else if (Directory.Exists(path)) inputs.AddRange(FilesUnder(path).Select(f => new SourceInput(f, new FileInfo(f).Length, SourceInputKind.FoundInFolder)));
            else if (File.Exists(path)) inputs.Add(new SourceInput(path, new FileInfo(path).Length, SourceInputKind.File));
            else inputs.Add(new SourceInput(path, 0, SourceInputKind.Missing));
        }
        return inputs;
    }

    public IEnumerable<ReadResult> Read(IEnumerable<string> paths, Func<Stream>? standardInput = null) =>
        Inputs(paths).SelectMany(input => Read(input, standardInput));

    public IEnumerable<ReadResult> Read(SourceInput input, Func<Stream>? standardInput = null) => input.Kind switch
    {
        SourceInputKind.StandardInput => ReadStandardInput(standardInput ?? Console.OpenStandardInput),
        SourceInputKind.Missing => [ReadResult.Fail(input.Path, "no such file or folder")],
        _ => ReadFile(input.Path, input.Kind == SourceInputKind.File),
    };

    /// <summary>Files a folder walk picks up: those some reader handles, minus sidecar metadata.</summary>
    public IEnumerable<string> FilesUnder(string folder) =>
        Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
            .Where(f => ReaderFor(Path.GetExtension(f).ToLowerInvariant()) is not null && Path.GetExtension(f) != "")
            .Order(StringComparer.Ordinal);

    private IArticleReader? ReaderFor(string extension) => readers.FirstOrDefault(r => r.Handles(extension));

    private IEnumerable<ReadResult> ReadFile(string path, bool explicitlyNamed = false)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var reader = ReaderFor(extension);
        if (reader is null)
        {
            if (explicitlyNamed) yield return ReadResult.Fail(path, $"unsupported file type \"{extension}\" (expected .txt, .html, .jsonl)");
            yield break;
        }
        var stream = TryOpen(path, out var openError);
        if (stream is null)
        {
            yield return ReadResult.Fail(path, $"cannot open: {openError}");
            yield break;
        }
        using (stream)
            foreach (var result in Guarded(path, () => reader.Read(path, stream, Limits)))
                yield return result;
    }

    private static FileStream? TryOpen(string path, out string error)
    {
        error = "";
        try
        {
            return File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = e.Message;
            return null;
        }
    }

    private IEnumerable<ReadResult> ReadStandardInput(Func<Stream> open)
    {
        using var input = new BufferedStream(open());
        var head = new byte[1];
        var peeked = input.Read(head, 0, 1);
        var combined = new PrefixedStream(head.AsMemory(0, peeked), input);
        IArticleReader reader = peeked == 0 ? new PlainTextReader()
            : head[0] == (byte)'{' ? new JsonLinesReader()
            : head[0] == (byte)'<' ? new HtmlArticleReader()
            : new PlainTextReader();
        foreach (var result in Guarded("-", () => reader.Read("-", combined, Limits)))
            yield return result;
    }

    /// <summary>A reader bug or IO failure mid-file becomes an error item instead of ending the batch.</summary>
    private static IEnumerable<ReadResult> Guarded(string location, Func<IEnumerable<ReadResult>> read)
    {
        using var items = read().GetEnumerator();
        while (true)
        {
            ReadResult? failure = null;
            try
            {
                if (!items.MoveNext()) yield break;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failure = ReadResult.Fail(location, $"read failed: {e.Message}");
            }
            if (failure is not null)
            {
                yield return failure;
                yield break;
            }
            yield return items.Current;
        }
    }
}
