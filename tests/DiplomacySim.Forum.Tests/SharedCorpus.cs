namespace DiplomacySim.Forum.Tests;

/// <summary>
/// Real forum text kept beside the repository (../shared/corpus), never copied into it: found by
/// walking up from the test's folder to the one holding DiplomacySim.sln.
/// </summary>
internal static class SharedCorpus
{
    public static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "DiplomacySim.sln")))
                    return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus"));
            }
            throw new DirectoryNotFoundException($"No DiplomacySim.sln above {AppContext.BaseDirectory}: the shared corpus is found beside the repository.");
        }
    }

    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder, name));
}
