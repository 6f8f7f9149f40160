using DiplomacySim.Domain.Changes;
using DiplomacySim.Domain.Scenarios;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Members;

/// <summary>
/// Claims of seats: a member applies for a nation's ministries, and a GM approves or denies, or the
/// rules approve at once where both the game and the nation are open (decision 14 has the table). An
/// approval seats through <see cref="Seating.Seat"/>, as an invitation or a GM's assignment does. As in
/// <see cref="Seating"/>, everything is checked before anything changes.
/// </summary>
public static class Claiming
{
    /// <summary>What the log says of a seat the rules gave for a claim, as "invitation" says for a link.</summary>
    public const string ByTheRules = "claim";

    /// <summary>
    /// <paramref name="claimant"/> claims <paramref name="wanted"/> of <paramref name="nation"/> (null: the
    /// game has no such nation). Refused when the nation is reserved, when the game takes no claims for it,
    /// when the claimant has a claim of it pending, or when a ministry wanted is missing or held by another.
    /// <paramref name="pending"/> holds the claimant's pending claims in the game.
    /// </summary>
    public static Claim Submit(Roster roster, Nation? nation, Person claimant, IReadOnlyCollection<MinistryKind> wanted, string? note,
        IEnumerable<Claim> pending, Guid id, DateTimeOffset now, Outcome outcome)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(wanted);
        ArgumentNullException.ThrowIfNull(outcome);
        if (!roster.IsMember(claimant.UserId))
            throw new SeatingException(SeatingException.NotAMember, "Only a member of the game may claim its nations: join it, or ask for an invitation.");
        if (nation is null)
            throw new SeatingException(SeatingException.NationUnknown, "This game has no such nation. GET /api/games/{game} lists its nations.");
        CheckOpenToClaims(roster.Game, nation);
        if (pending.Any(c => c.IsPending && c.ClaimantId == claimant.UserId && c.Nation == nation.Code))
            throw new SeatingException(SeatingException.ClaimPending, $"You have a claim of {nation.Code} waiting already: wait for a game master's decision on it.");
        var seats = SeatsFor(roster, nation.Code, wanted, claimant);

        var claim = new Claim(id, roster.Game.Id, nation.Code, claimant.UserId, wanted, note, now);
        outcome.Add(claim);
        outcome.Log(new ClaimSubmitted(claim, claimant.UserName));
        if (roster.Game.JoinPolicy == JoinPolicy.Open && nation.ClaimStatus == ClaimStatus.Open)
        {
            Seating.Seat(roster, claimant, seats, claimant, ByTheRules, outcome);
            claim.Approve(seats.Select(m => m.Id), byId: null, note: null, now);
            outcome.Log(new ClaimDecided(claim, claimant.UserName, By: null));
        }
        return claim;
    }

    /// <summary>
    /// A GM approves <paramref name="claim"/>, seating its claimant in <paramref name="ministryIds"/> (ministries
    /// of the claimed nation), or, given none, in the ministries the claim asked for. A ministry held by another
    /// refuses the whole approval (<see cref="SeatingException.MinistryTaken"/>), and the claim stays pending.
    /// </summary>
    public static void Approve(Roster roster, Claim claim, Person claimant, IReadOnlyCollection<Guid> ministryIds, Person by, string? note, DateTimeOffset now, Outcome outcome)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(ministryIds);
        ArgumentNullException.ThrowIfNull(outcome);
        CheckDecider(roster, claim, by);
        var seats = ministryIds.Count == 0
            ? SeatsFor(roster, claim.Nation, claim.Ministries, claimant)
            : [.. ministryIds.Distinct().Select(id => roster.Ministry(id) is { } m && m.Nation == claim.Nation ? m
                : throw new SeatingException(SeatingException.MinistryUnknown, $"{id} is not a ministry of {claim.Nation}, the nation claimed."))];

        Seating.Seat(roster, claimant, seats, by, note, outcome);
        claim.Approve(seats.Select(m => m.Id), by.UserId, note, now);
        outcome.Log(new ClaimDecided(claim, claimant.UserName, by.UserName));
    }

    /// <summary>A GM denies <paramref name="claim"/> with <paramref name="reason"/>; nothing else changes.</summary>
    public static void Deny(Roster roster, Claim claim, Person claimant, Person by, string? reason, DateTimeOffset now, Outcome outcome)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(outcome);
        CheckDecider(roster, claim, by);
        claim.Deny(by.UserId, reason, now);
        outcome.Log(new ClaimDecided(claim, claimant.UserName, by.UserName));
    }

    /// <summary>
    /// A GM opens <paramref name="nation"/> to claims, keeps its claims for a GM's decision, or reserves it.
    /// Claims already pending stay as they are: a GM decides them. Logs <see cref="NationChanged"/> when it changed.
    /// </summary>
    public static void SetClaimStatus(Nation nation, ClaimStatus status, Person by, string? note, Outcome outcome)
    {
        ArgumentNullException.ThrowIfNull(nation);
        ArgumentNullException.ThrowIfNull(outcome);
        if (nation.ClaimStatus == status)
            return;
        nation.SetClaimStatus(status);
        outcome.Log(new NationChanged(nation.Code, status, by.UserName, note));
    }

    // Reserved nations take no claims; an invite-only game takes them only for nations its GMs opened to applications.
    private static void CheckOpenToClaims(Game game, Nation nation)
    {
        if (nation.ClaimStatus == ClaimStatus.Reserved)
            throw new SeatingException(SeatingException.NationReserved, $"{nation.Code} is reserved by the game masters: it takes no claims.");
        if (game.JoinPolicy == JoinPolicy.InviteOnly && nation.ClaimStatus != ClaimStatus.ApplicationOnly)
            throw new SeatingException(SeatingException.NationApplicationOnly,
                $"This campaign takes players by invitation: only nations its game masters open to applications (claimStatus applicationOnly) take claims, and {nation.Code} is not one. Ask a game master for an invitation.");
    }

    private static void CheckDecider(Roster roster, Claim claim, Person by)
    {
        if (roster.MemberOf(by.UserId) is not { IsGameMaster: true })
            throw new SeatingException(SeatingException.GameMasterOnly, "Only a game master of this game can decide claims.");
        if (!claim.IsPending)
            throw new SeatingException(SeatingException.ClaimDecided, $"This claim was already {(claim.State == ClaimState.Approved ? "approved" : "denied")}; the member may claim again.");
    }

    // The ministries a claim of these kinds would seat the claimant in: each must exist and be vacant (or theirs);
    // no kind named means the foreign ministry if vacant, else the first vacant one, as an invitation seats.
    private static List<Ministry> SeatsFor(Roster roster, string nation, IReadOnlyCollection<MinistryKind> wanted, Person claimant)
    {
        var ministries = roster.Ministries.Where(m => m.Nation == nation).ToList();
        if (wanted.Count == 0)
        {
            var vacant = ministries.Where(m => m.HolderId is null).ToList();
            var seat = vacant.FirstOrDefault(m => m.Kind == MinistryKind.ForeignAffairs) ?? vacant.FirstOrDefault()
                ?? throw new SeatingException(SeatingException.MinistryTaken, $"Every ministry of {nation} is held; ask a game master of the game for another seat.");
            return [seat];
        }
        var seats = new List<Ministry>();
        foreach (var kind in wanted.Distinct())
        {
            var ministry = ministries.FirstOrDefault(m => m.Kind == kind)
                ?? throw new SeatingException(SeatingException.MinistryUnknown, $"{nation} has no {ScenarioErrorList.Name(kind)} ministry. GET /api/games/{{game}} lists its ministries.");
            if (ministry.HolderId is not null && !ministry.IsHeldBy(claimant.UserId))
                throw new SeatingException(SeatingException.MinistryTaken, $"{ministry.Title} is held by another player; claim a vacant ministry, or ask a game master.");
            seats.Add(ministry);
        }
        return seats;
    }
}
