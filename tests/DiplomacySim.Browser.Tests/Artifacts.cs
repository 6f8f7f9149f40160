namespace DiplomacySim.Browser.Tests;

/// <summary>Where tests leave files for people to look at: artifacts/ at the repository root (ignored by git).</summary>
internal static class Artifacts
{
    public static string Screenshots { get; } = Directory.CreateDirectory(Path.Combine(RepositoryRoot(), "artifacts", "screenshots")).FullName;

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DiplomacySim.sln")))
                return directory.FullName;
        }
        return AppContext.BaseDirectory;
    }
}
