using System.Runtime.InteropServices;

namespace Sitrep.Bench;

/// <summary>
/// CPU time of the calling thread (Linux CLOCK_THREAD_CPUTIME_ID). On a machine shared with other
/// work the wall clock counts the time a thread waited for a core; its own CPU time does not, so
/// stage times stay comparable between runs. Elsewhere it reports nothing (<see cref="Available"/>).
/// </summary>
internal static class ThreadClock
{
    private const int ThreadCpuTimeId = 3;

    public static bool Available { get; } = OperatingSystem.IsLinux() && TryNow(out _);

    /// <summary>Seconds of CPU this thread has used, or 0 where the clock is not available.</summary>
    public static double Now() => Available && TryNow(out var seconds) ? seconds : 0;

    private static bool TryNow(out double seconds)
    {
        seconds = 0;
        try
        {
            if (ClockGetTime(ThreadCpuTimeId, out var ts) != 0) return false;
            seconds = ts.Seconds + ts.Nanoseconds / 1e9;
            return true;
        }
        catch (DllNotFoundException) { return false; }
        catch (EntryPointNotFoundException) { return false; }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
