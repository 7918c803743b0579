namespace Sitrep.Server;

/// <summary>The server on its own (tests start it this way); users run <c>sitrep serve</c>.</summary>
public partial class Program
{
    public static void Main(string[] args) => SitrepServer.CreateApp(args).Run();
}
