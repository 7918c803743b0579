using Spectre.Console;

namespace Sitrep.Cli.Output;

/// <summary>
/// A table written to a file or a pager has no terminal to measure: Spectre would fold it into 80
/// columns and colour it. Piped output takes the width in COLUMNS, else one wide enough for an
/// event row, and no escape codes.
/// </summary>
public static class PipedWidth
{
    public const int Default = 240;

    /// <summary>
    /// Spectre's console with the piped width applied, set up on first use: setting it up costs
    /// 30 ms, a tenth of the start-up of a command that writes no table (`sitrep extract`).
    /// </summary>
    public static IAnsiConsole Console => Prepared.Value;

    private static readonly Lazy<IAnsiConsole> Prepared = new(() =>
    {
        Apply();
        return AnsiConsole.Console;
    });

    private static void Apply()
    {
        if (!System.Console.IsOutputRedirected) return;
        AnsiConsole.Profile.Width = Of(Environment.GetEnvironmentVariable("COLUMNS"));
        AnsiConsole.Profile.Capabilities.Ansi = false;
        AnsiConsole.Profile.Capabilities.ColorSystem = ColorSystem.NoColors;
    }

    public static int Of(string? columns) => int.TryParse(columns, out var width) && width is >= 40 and <= 1000 ? width : Default;
}
