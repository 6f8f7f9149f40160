namespace DiplomacySim.Server.Errors;

/// <summary>
/// A failure a caller can act on: it becomes a problem details response with the given status and a
/// stable <c>code</c> that bots can match on.
/// </summary>
public abstract class GameProblemException(int status, string code, string title, string detail) : Exception(detail)
{
    public int Status { get; } = status;
    public string Code { get; } = code;
    public string Title { get; } = title;
}

public sealed class NotFoundException(string code, string detail)
    : GameProblemException(StatusCodes.Status404NotFound, code, "Not found", detail);

public sealed class ForbiddenException(string code, string detail)
    : GameProblemException(StatusCodes.Status403Forbidden, code, "Forbidden", detail);

public sealed class UnauthorizedException(string code, string detail)
    : GameProblemException(StatusCodes.Status401Unauthorized, code, "Unauthorized", detail);

/// <summary>The request is well formed but the game's state does not allow it (an answered clause, a ruled agreement).</summary>
public sealed class ConflictException(string code, string detail)
    : GameProblemException(StatusCodes.Status409Conflict, code, "Conflict", detail);

/// <summary>What the request names was here once and is gone for good (a spent invitation); it says no more than that.</summary>
public sealed class GoneException(string code, string detail)
    : GameProblemException(StatusCodes.Status410Gone, code, "Gone", detail);

/// <summary>The request is well formed but cannot be carried out as asked.</summary>
public sealed class UnprocessableException(string code, string detail)
    : GameProblemException(StatusCodes.Status422UnprocessableEntity, code, "Unprocessable request", detail);

/// <summary>The request cannot be read or holds a value that cannot be stored.</summary>
public sealed class BadRequestException(string code, string detail)
    : GameProblemException(StatusCodes.Status400BadRequest, code, "The request could not be read", detail);

/// <summary>A part the server depends on is away for a moment; the caller retries after <c>Retry-After</c>.</summary>
/// <summary>429: the caller must wait <see cref="RetryAfter"/>, which the response's Retry-After header says.</summary>
public sealed class TooManyRequestsException(string code, string detail, TimeSpan retryAfter)
    : GameProblemException(StatusCodes.Status429TooManyRequests, code, "Too many requests", detail)
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}

public sealed class ServiceUnavailableException(string code, string detail)
    : GameProblemException(StatusCodes.Status503ServiceUnavailable, code, "Service unavailable", detail);
