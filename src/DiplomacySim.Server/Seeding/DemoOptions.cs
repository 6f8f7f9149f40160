namespace DiplomacySim.Server.Seeding;

/// <summary>The "Demo" configuration section: the demo scenario and its shared-password accounts.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Load the demo scenario and create its accounts at start-up. Off in production.</summary>
    public bool Enabled { get; set; }

    public string Scenario { get; set; } = "rus-vnm-2018";

    /// <summary>
    /// Further scenarios loaded beside <see cref="Scenario"/>, with their accounts (the load harness
    /// loads its generated games this way). An account named in several holds a ministry in each.
    /// </summary>
    public List<string> Scenarios { get; set; } = [];

    /// <summary>The one password of every demo account (and of no other account).</summary>
    public string Password { get; set; } = "diplomacy";
}
