using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Rules;
using DiplomacySim.Domain.Visibility;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Clauses;

/// <summary>What a clause's rules read (the world, the two sides, where the clause stands) and how they word a violation.</summary>
public sealed record ClauseCheck(WorldView World, ClauseParties Parties, Clause Clause, int Index)
{
    public string Requester => World.NameOf(Parties.Requester);
    public string Grantor => World.NameOf(Parties.Grantor);

    public RuleViolation Violation(string code, string problem) => ClauseRules.Violation(code, Clause, Index, problem);

    /// <summary>
    /// Whether both sides of the clause may know of <paramref name="agreement"/>. A message names an
    /// agreement, its parties or its terms only then: whoever reads a violation (the sender at check
    /// and send, the grantor or the requester at acceptance) is one of the two sides, or a GM.
    /// </summary>
    public bool Knows(IReadOnlyAgreement agreement)
    {
        var audience = Audience.Of(agreement);
        return audience.Includes(Parties.Requester) && audience.Includes(Parties.Grantor);
    }

    /// <summary>Whether the installation holds room under a live agreement that the requester may not know of.</summary>
    public bool HeldUndisclosed(IReadOnlyInstallation installation) =>
        World.Agreements.Any(a => a.IsLive && Occupancy.HoldsRoomAt(a, installation) && !Audience.Of(a).Includes(Parties.Requester));

    /// <summary>
    /// The distinct installations of <paramref name="ids"/> that exist and lie in the grantor's
    /// territory; a violation for each that does not.
    /// </summary>
    public List<IReadOnlyInstallation> KnownInstallations(IReadOnlyList<Guid> ids, List<RuleViolation> violations)
    {
        var known = new List<IReadOnlyInstallation>();
        foreach (var id in ids.Distinct())
        {
            if (!World.Installations.TryGetValue(id, out var installation))
            {
                violations.Add(Violation(RuleCodes.InstallationUnknown, $"there is no installation {id} in this game."));
            }
            else if (installation.Nation != Parties.Grantor)
            {
                violations.Add(Violation(RuleCodes.InstallationNotInRecipientTerritory,
                    $"{installation.Name} lies in {World.NameOf(installation.Nation)}, not in {Grantor}; only {Grantor} can grant rights there."));
            }
            else
            {
                known.Add(installation);
            }
        }
        return known;
    }

    /// <summary>Whether two nations are rivals, counted either way.</summary>
    public bool AreRivals(string a, string b) => Nation.AreRivals(World.Nations, a, b);
}
