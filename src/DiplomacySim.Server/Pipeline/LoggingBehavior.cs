using System.Diagnostics;
using Mediator;

namespace DiplomacySim.Server.Pipeline;

/// <summary>
/// Logs each message by name and how long it took. Never the message itself: communiques may be
/// confidential or secret, and logins carry passwords.
/// </summary>
/// <remarks>
/// Source-generated log calls: with Information off (as in production) a message costs one
/// <c>IsEnabled</c> check, not an argument array and two boxed values.
/// </remarks>
public sealed partial class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            LogHandled(typeof(TMessage).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception exception)
        {
            LogFailed(typeof(TMessage).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds, exception.GetType().Name);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Message} handled in {ElapsedMs:F1} ms")]
    private partial void LogHandled(string message, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Message} failed after {ElapsedMs:F1} ms with {Exception}")]
    private partial void LogFailed(string message, double elapsedMs, string exception);
}
