using DiplomacySim.Server.Data;
using DiplomacySim.Server.Data.Identity;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Access;

/// <summary>
/// The server's operators: the accounts named in <c>Accounts:Operators</c>, and the one made operator
/// with the setup code (<see cref="User.IsOperator"/>, stored). The configured names are read, never
/// stored, so removing a name from the configuration takes the role away at the next start.
/// </summary>
public sealed class ServerOperators(AccountsOptions options)
{
    // Identity's normalised form (upper invariant), as NormalizedUserName holds it.
    private readonly string[] configured = [.. options.Operators.Select(name => name.ToUpperInvariant()).Distinct(StringComparer.Ordinal)];

    public bool IsOperator(User user) =>
        user.IsOperator || (user.NormalizedUserName is { } name && configured.Contains(name, StringComparer.Ordinal));

    /// <summary>Whether any account of the database is an operator, stored or configured.</summary>
    public Task<bool> AnyAsync(GameDbContext db, CancellationToken cancellationToken) =>
        db.Users.AnyAsync(u => u.IsOperator || configured.Contains(u.NormalizedUserName!), cancellationToken);
}
