using System.Runtime.InteropServices;

namespace Sitrep.Ingest;

/// <summary>
/// Hands the C library's free memory back to the system between batches. SQLite and the JIT
/// allocate through malloc, and glibc keeps what they free in per-thread arenas instead of
/// returning it: on a 3,000-article ingest that was 70-90 MB of a 290 MB resident set, held for
/// good (malloc_trim on the running ingest took it from 291 to 205 MB). Elsewhere (musl, Windows,
/// macOS) there is no such call and nothing is done.
/// </summary>
internal static class NativeHeap
{
    private static bool _unavailable = !OperatingSystem.IsLinux();

    public static void Trim()
    {
        if (_unavailable) return;
        try
        {
            malloc_trim(0);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _unavailable = true; // a C library without malloc_trim (musl)
        }
    }

    [DllImport("libc")]
    private static extern int malloc_trim(nuint pad);
}
