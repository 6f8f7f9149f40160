using System.Security.Cryptography;
using System.Text;
using DiplomacySim.Server.Data;

namespace DiplomacySim.Server.Access;

/// <summary>
/// The one-time setup code of a server that has no operator yet: made and logged at start-up, taken by
/// <c>POST /api/auth/register</c> as <c>setupCode</c> (even with registration closed), and gone once an
/// account has been made operator with it. Each instance makes its own; the check that no operator
/// exists is made in the database, so only the first use of any of them succeeds.
/// </summary>
public sealed partial class OperatorSetup(ServerOperators operators, ILogger<OperatorSetup> logger)
{
    private readonly SemaphoreSlim redeeming = new(1, 1);
    private volatile string? code;

    /// <summary>The code while it is valid on this instance (for the start-up message and tests); null once used or when an operator exists.</summary>
    public string? Code => code;

    /// <summary>At start-up: a code when the database has no operator, logged where the person starting the server reads it.</summary>
    public async Task PrepareAsync(GameDbContext db, CancellationToken cancellationToken)
    {
        if (await operators.AnyAsync(db, cancellationToken))
        {
            code = null;
            return;
        }
        // 96 random bits, in groups of four to read off a terminal; far beyond guessing within the rate limits.
        var hex = Convert.ToHexString(RandomNumberGenerator.GetBytes(12));
        code = string.Join('-', Enumerable.Range(0, hex.Length / 4).Select(i => hex.Substring(i * 4, 4)));
        LogSetupCode(code);
    }

    /// <summary>
    /// Holds the code for one registration when <paramref name="offered"/> is it and no operator exists
    /// yet; null otherwise. Dispose the claim when done; <see cref="Claim.Used"/> ends the code.
    /// </summary>
    public async Task<Claim?> ClaimAsync(string offered, GameDbContext db, CancellationToken cancellationToken)
    {
        await redeeming.WaitAsync(cancellationToken);
        try
        {
            if (code is { } current && Matches(current, offered) && !await operators.AnyAsync(db, cancellationToken))
                return new Claim(this);
            if (code is not null && await operators.AnyAsync(db, cancellationToken))
                code = null; // another instance's code made the operator
        }
        catch
        {
            redeeming.Release();
            throw;
        }
        redeeming.Release();
        return null;
    }

    private static bool Matches(string code, string offered)
    {
        // Dashes and case do not matter to someone copying the code by hand; the comparison takes the same time whatever matches.
        static byte[] Normalise(string text) => Encoding.ASCII.GetBytes(text.Replace("-", "", StringComparison.Ordinal).Trim().ToUpperInvariant());
        return CryptographicOperations.FixedTimeEquals(Normalise(code), Normalise(offered));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "This server has no operator yet. Register the operator's account with the one-time setup code {SetupCode}: POST /api/auth/register with \"setupCode\" (it works once, even with Accounts:OpenRegistration false). Or name the operator in Accounts:Operators.")]
    private partial void LogSetupCode(string setupCode);

    /// <summary>The code held for one registration.</summary>
    public sealed class Claim(OperatorSetup setup) : IDisposable
    {
        private int released;

        /// <summary>The account was made: the code is gone.</summary>
        public void Used() => setup.code = null;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
                setup.redeeming.Release();
        }
    }
}
