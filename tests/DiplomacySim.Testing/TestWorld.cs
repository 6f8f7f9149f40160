using DiplomacySim.Client.Contracts;

namespace DiplomacySim.Testing;

/// <summary>
/// The tests' world, Seeds/scenarios/test-world.json beside this file, and ways to find things in it
/// by the names a test reads best. The fixtures load it instead of the demo scenario, so that players
/// may edit the demo freely; changing the file changes what the tests assert.
/// </summary>
public static class TestWorld
{
    public const string Slug = "test-world";

    /// <summary>
    /// The seeds folder the fixtures point <c>Scenarios:Directory</c> at: the test world and the
    /// tests' copy of the default ruleset, copied beside the test assembly as <c>test-seeds/</c>.
    /// </summary>
    public static string SeedsDirectory => Path.Combine(AppContext.BaseDirectory, "test-seeds");

    /// <summary>The id of a nation's ministry; <paramref name="kind"/> as the API writes it (foreignAffairs, defence ...).</summary>
    public static Guid Ministry(this GameWorld world, string nation, string kind = "foreignAffairs") =>
        world.Ministries.Single(m => m.Nation == nation && m.Kind == kind).Id;

    /// <summary>The id of an installation by its exact name.</summary>
    public static Guid Installation(this GameWorld world, string name) =>
        world.Installations.Single(i => i.Name == name).Id;
}
