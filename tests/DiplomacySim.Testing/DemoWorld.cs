using DiplomacySim.Client.Contracts;

namespace DiplomacySim.Testing;

/// <summary>Finds things in the demo world by the names a test reads best.</summary>
public static class DemoWorld
{
    public const string Slug = "rus-vnm-2018";

    /// <summary>The id of a nation's ministry; <paramref name="kind"/> as the API writes it (foreignAffairs, defence ...).</summary>
    public static Guid Ministry(this GameWorld world, string nation, string kind = "foreignAffairs") =>
        world.Ministries.Single(m => m.Nation == nation && m.Kind == kind).Id;

    /// <summary>The id of an installation by its exact name.</summary>
    public static Guid Installation(this GameWorld world, string name) =>
        world.Installations.Single(i => i.Name == name).Id;
}
