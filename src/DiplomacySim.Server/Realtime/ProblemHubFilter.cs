using DiplomacySim.Server.Errors;
using FluentValidation;
using Microsoft.AspNetCore.SignalR;

namespace DiplomacySim.Server.Realtime;

/// <summary>
/// A hub call that fails for a reason the caller can act on (unknown game, not a member, bad seq)
/// reaches the client as "CODE: message", as the HTTP API's problem details would say it; anything
/// else stays SignalR's generic error, with the details in the server log.
/// </summary>
internal sealed class ProblemHubFilter : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (GameProblemException problem)
        {
            throw new HubException($"{problem.Code}: {problem.Message}");
        }
        catch (Exception database) when (DatabaseFailures.AsProblem(database) is { } problem)
        {
            throw new HubException($"{problem.Code}: {problem.Message}");
        }
        catch (OperationCanceledException) when (invocationContext.Context.ConnectionAborted.IsCancellationRequested)
        {
            // The caller hung up mid-call (in a reconnection storm, thousands at once): no one is left to
            // answer, and SignalR would log each as an error with its stack, which costs the storm CPU.
            return null;
        }
        catch (ValidationException validation)
        {
            throw new HubException("VALIDATION_FAILED: " + string.Join(" ", validation.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}")));
        }
    }
}
