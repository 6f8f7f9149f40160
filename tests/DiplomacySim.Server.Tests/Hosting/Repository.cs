namespace DiplomacySim.Server.Tests.Hosting;

/// <summary>The checkout the tests run from, for the files a reader reads (docs/).</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DiplomacySim.sln")))
                return folder.FullName;
        }
        throw new InvalidOperationException($"No DiplomacySim.sln above {AppContext.BaseDirectory}.");
    }
}
