namespace DiplomacySim.Client.Contracts;

/// <summary>A nation of a game.</summary>
/// <param name="Code">The code unique in the game (RUS, VNM).</param>
/// <param name="Name">The nation's name.</param>
/// <param name="Aliases">Other names letters use for it ("Viet Nam", "Vietnam").</param>
/// <param name="ClaimStatus">Whether members may claim its ministries: open, applicationOnly or reserved.</param>
public sealed record NationView(string Code, string Name, IReadOnlyList<string> Aliases, string ClaimStatus = "open");
