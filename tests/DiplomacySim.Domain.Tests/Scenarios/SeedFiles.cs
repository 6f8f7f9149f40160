namespace DiplomacySim.Domain.Tests.Scenarios;

/// <summary>The repository's seeds folder, found from the test output folder so the tests read the real files.</summary>
internal static class SeedFiles
{
    public static string ScenariosFolder() => Path.Combine(RepositoryRoot(), "seeds", "scenarios");

    public static string ScenarioPath(string name) => Path.Combine(ScenariosFolder(), name + ".json");

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DiplomacySim.sln")))
                return folder.FullName;
        }
        throw new DirectoryNotFoundException($"No folder above {AppContext.BaseDirectory} holds DiplomacySim.sln.");
    }
}
