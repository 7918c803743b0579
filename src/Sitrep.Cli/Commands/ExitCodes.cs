namespace Sitrep.Cli.Commands;

public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The run finished but some inputs could not be read or processed; they are listed.</summary>
    public const int SomeInputsFailed = 1;
    /// <summary>Nothing was done: bad arguments, unreadable database, missing data pack.</summary>
    public const int Error = 2;
}
