using DiplomacySim.Domain.Members;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace DiplomacySim.Server.Errors;

/// <summary>The one place where exceptions become RFC 9457 problem details.</summary>
internal sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        // The Domain refuses a change of members or seats with a SeatingException; it is translated here,
        // once, rather than caught in every handler that seats, admits or removes.
        var translated = DatabaseFailures.AsProblem(exception) ?? (exception is SeatingException refused ? SeatingProblems.Of(refused) : exception);
        var problem = translated switch
        {
            GameProblemException game => new ProblemDetails
            {
                Status = game.Status,
                Title = game.Title,
                Detail = game.Message,
                Extensions = { ["code"] = game.Code },
            },
            RuleViolationException rules => new ProblemDetails
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = "The game's rules do not allow this",
                Detail = rules.Message,
                Extensions =
                {
                    ["code"] = RuleViolationException.Code,
                    ["violations"] = rules.Violations.Select(v => new { code = v.Code, message = v.Message, clauseIndex = v.ClauseIndex }).ToList(),
                },
            },
            ScenarioInvalidException scenario => new ProblemDetails
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = "The scenario is not valid",
                Detail = scenario.Message,
                Extensions =
                {
                    ["code"] = ScenarioInvalidException.Code,
                    ["errors"] = scenario.Errors.Select(e => new { path = e.Path, message = e.Message }).ToList(),
                },
            },
            ValidationException validation => new ValidationProblemDetails(ErrorsByField(validation))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request is not valid",
                Detail = "See errors for each field.",
                Extensions = { ["code"] = "VALIDATION_FAILED" },
            },
            // Malformed JSON, a missing body, a wrong content type: the framework's own 4xx.
            BadHttpRequestException badRequest => new ProblemDetails
            {
                Status = badRequest.StatusCode,
                Title = "The request could not be read",
                // The JSON path and position, in the API's words: never the server's type names.
                Detail = RequestReadErrors.Describe(badRequest),
                Extensions = { ["code"] = "BAD_REQUEST" },
            },
            _ => null,
        };

        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", http.Request.Method, http.Request.Path);
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "An unexpected error occurred",
                Detail = "The server could not complete the request. It has been logged; try again later.",
            };
        }

        http.Response.StatusCode = problem.Status!.Value;
        if (exception is TooManyRequestsException tooMany)
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(tooMany.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
            http.Response.Headers.RetryAfter = ((int)DatabaseFailures.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    private static Dictionary<string, string[]> ErrorsByField(ValidationException validation) =>
        validation.Errors
            .GroupBy(e => e.PropertyName, StringComparer.Ordinal)
            .ToDictionary(g => JsonFieldName(g.Key), g => g.Select(e => e.ErrorMessage).Distinct().ToArray(), StringComparer.Ordinal);

    // FluentValidation names properties as C# does ("Clauses[0].PeacetimePersonnelCap"); clients see camelCase JSON.
    private static string JsonFieldName(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
