using System.Net.Sockets;
using Npgsql;

namespace DiplomacySim.Server.Errors;

/// <summary>
/// Database failures that are not the server's bug: a value PostgreSQL cannot store (a NUL
/// character, an unpaired surrogate) is the caller's 400; a database that cannot be reached, or is
/// shutting down or restarting, is a 503 the caller retries. Everything else stays a 500.
/// </summary>
public static class DatabaseFailures
{
    public const string UnavailableCode = "DATABASE_UNAVAILABLE";

    /// <summary>How long a client should wait before retrying while the database is away.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(2);

    public static GameProblemException? AsProblem(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // Class 22, data exceptions: the value itself is bad (22021: a NUL byte in text).
                case PostgresException { SqlState: ['2', '2', ..] } data:
                    return new BadRequestException("BAD_REQUEST",
                        $"The request holds a value the database cannot store ({data.MessageText}). Remove NUL characters and unpaired surrogates.");
                // 57P01-57P03: the server is shutting down, was terminated or cannot take connections yet; 53300: too many connections.
                case PostgresException { SqlState: "57P01" or "57P02" or "57P03" or "53300" }:
                    return Unavailable();
                case PostgresException:
                    return null;
                // Opening or using a connection failed: refused, reset, or the stream ended while PostgreSQL went away.
                case NpgsqlException { InnerException: SocketException or IOException or EndOfStreamException or TimeoutException }:
                case NpgsqlException { IsTransient: true }:
                case SocketException:
                    return Unavailable();
            }
        }
        return null;
    }

    /// <summary>Whether a save failed on a unique index (PostgreSQL 23505, SQLite's constraint 2067): someone was first.</summary>
    public static bool IsUniqueViolation(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is PostgresException { SqlState: "23505" } or Microsoft.Data.Sqlite.SqliteException { SqliteExtendedErrorCode: 2067 })
                return true;
        }
        return false;
    }

    private static ServiceUnavailableException Unavailable() => new(UnavailableCode,
        "The game's database cannot be reached just now; retry after the Retry-After interval. A send retried with the same Idempotency-Key is stored once, even if the database went away while committing the first try.");
}
