using System.CommandLine;
using System.Reflection;
using Sitrep.Pipeline;

namespace Sitrep.Cli.Commands;

public static class AboutCommand
{
    public static Command Create()
    {
        var command = new Command("about", "Version, data pack in use, and the attribution its data sources require");
        command.SetAction(result =>
        {
            var data = CommonOptions.DataPackOf(result);
            var version = typeof(AboutCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
            Console.Out.WriteLine($"sitrep {version}");
            Console.Out.WriteLine($"data pack: {data.Directory}");
            var attribution = Path.Combine(data.Directory, "ATTRIBUTION.md");
            if (File.Exists(attribution))
            {
                Console.Out.WriteLine();
                Console.Out.WriteLine(File.ReadAllText(attribution).TrimEnd());
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
