namespace Sitrep.Documents;

/// <summary>
/// Runs a lazy reader so that an exception thrown while reading (a reader bug, an IO failure, a
/// corrupt or truncated archive) becomes a final error item instead of ending the whole batch.
/// </summary>
internal static class ReadGuard
{
    public static IEnumerable<ReadResult> Run(string location, Func<IEnumerable<ReadResult>> read, Func<Exception, string>? describe = null)
    {
        IEnumerator<ReadResult>? items = null;
        try
        {
            while (true)
            {
                ReadResult? failure = null;
                try
                {
                    items ??= read().GetEnumerator();
                    if (!items.MoveNext()) yield break;
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    failure = ReadResult.Fail(location, describe?.Invoke(e) ?? Describe(e));
                }
                if (failure is not null)
                {
                    yield return failure;
                    yield break;
                }
                yield return items!.Current;
            }
        }
        finally
        {
            items?.Dispose();
        }
    }

    private static string Describe(Exception e) => e switch
    {
        DecompressionLimitException => e.Message,
        InvalidDataException => $"corrupt or truncated compressed data: {e.Message}",
        EndOfStreamException => $"truncated: {e.Message}",
        _ => $"read failed: {e.Message}",
    };
}
