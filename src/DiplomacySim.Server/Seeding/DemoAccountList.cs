namespace DiplomacySim.Server.Seeding;

/// <summary>The demo scenario's account names, kept once the demo is seeded at start-up (empty when the demo is off).</summary>
public sealed class DemoAccountList
{
    public IReadOnlyList<string> UserNames { get; private set; } = [];

    internal void Seeded(DemoWorld demo) => UserNames = [.. demo.Accounts.Select(a => a.UserName!)];
}
