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

    public static void Apply()
    {
        if (!Console.IsOutputRedirected) return;
        AnsiConsole.Profile.Width = Of(Environment.GetEnvironmentVariable("COLUMNS"));
        AnsiConsole.Profile.Capabilities.Ansi = false;
        AnsiConsole.Profile.Capabilities.ColorSystem = ColorSystem.NoColors;
    }

    public static int Of(string? columns) => int.TryParse(columns, out var width) && width is >= 40 and <= 1000 ? width : Default;
}
