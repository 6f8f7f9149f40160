using System.Security.Cryptography;
using System.Text;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Errors;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Features.Communiques.SendCommunique;

/// <summary>
/// <c>Idempotency-Key</c> on send: a retry with the same key and body returns the first result; the
/// same key with another body is refused (422), since it most likely means a client bug.
/// </summary>
public sealed class IdempotentSends(GameDbContext db, TimeProvider clock)
{
    public const string Header = "Idempotency-Key";

    public async Task<SendResult?> FindAsync(Guid gameId, string userId, string? key, CommuniqueInput input, CancellationToken cancellationToken)
    {
        if (key is null)
            return null;
        var record = await db.IdempotencyRecords.AsNoTracking()
            .SingleOrDefaultAsync(r => r.GameId == gameId && r.UserId == userId && r.Key == key, cancellationToken);
        if (record is null)
            return null;
        if (record.RequestHash != Hash(input))
            throw new UnprocessableException("IDEMPOTENCY_KEY_REUSED",
                $"The Idempotency-Key '{key}' was already used for a different communique. Use a new key for a new communique.");
        return new SendResult(record.CommuniqueId, record.Seq);
    }

    public void Remember(Guid gameId, string userId, string? key, CommuniqueInput input, Guid communiqueId, long seq)
    {
        if (key is not null)
            db.IdempotencyRecords.Add(new IdempotencyRecord(gameId, userId, key, Hash(input), communiqueId, seq, clock.GetUtcNow()));
    }

    // The body as the server read it, so that whitespace or property order in the client's JSON does not matter.
    private static string Hash(CommuniqueInput input) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(StoredJson.Write(input))));
}
