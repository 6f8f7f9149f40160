using FluentValidation;
using FluentValidation.Results;
using Mediator;

namespace DiplomacySim.Server.Pipeline;

/// <summary>
/// Checks a message's shape with its FluentValidation validators before its handler runs, and, for
/// a message that carries a request body (<see cref="IHasInput"/>), the body's validators too, so
/// that errors name the body's fields as the client sent them.
/// </summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators, IServiceProvider services)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var failures = new List<ValidationFailure>();
        foreach (var validator in validators)
            failures.AddRange((await CheckAsync(validator, message, cancellationToken)).Errors);

        if (message is IHasInput { Input: { } input })
        {
            var inputValidators = (IEnumerable<IValidator>)services.GetServices(ValidatorTypes.For(input.GetType()));
            foreach (var validator in inputValidators)
                failures.AddRange((await CheckAsync(validator, input, cancellationToken)).Errors);
        }

        if (failures.Count > 0)
            throw new ValidationException(failures);
        return await next(message, cancellationToken);
    }

    /// <summary>
    /// Validates synchronously: our rules do no I/O, and FluentValidation's async path costs a state machine per
    /// rule (a send's body has dozens). A validator that does have an async rule is run asynchronously instead.
    /// </summary>
    private static async ValueTask<ValidationResult> CheckAsync(IValidator validator, object instance, CancellationToken cancellationToken)
    {
        try
        {
            return validator.Validate(new ValidationContext<object>(instance));
        }
        catch (AsyncValidatorInvokedSynchronouslyException)
        {
            // A fresh context: the failures the sync run found before it stopped are found again.
            return await validator.ValidateAsync(new ValidationContext<object>(instance), cancellationToken);
        }
    }
}

/// <summary><c>IValidator&lt;T&gt;</c> for each body type, made once (MakeGenericType on every message cost a lookup and a lock).</summary>
internal static class ValidatorTypes
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Type> Closed = new();

    public static Type For(Type input) => Closed.GetOrAdd(input, static t => typeof(IValidator<>).MakeGenericType(t));
}

/// <summary>A message built around a request body that has validators of its own.</summary>
public interface IHasInput
{
    object? Input { get; }
}
