using DiplomacySim.Server.Pipeline;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacySim.Server.Tests.Hosting;

/// <summary>
/// The pipeline validates synchronously (our rules do no I/O), and a validator with an async rule still runs,
/// asynchronously, with each failure reported once.
/// </summary>
public sealed class ValidationBehaviorTests
{
    public sealed record Probe(string? Name, int Count) : IRequest<string>;

    private sealed class SyncRules : AbstractValidator<Probe>
    {
        public SyncRules() => RuleFor(p => p.Name).NotEmpty().WithMessage("Give a name.");
    }

    private sealed class AsyncRules : AbstractValidator<Probe>
    {
        public AsyncRules()
        {
            RuleFor(p => p.Count).GreaterThan(0).WithMessage("Count at least one.");
            RuleFor(p => p.Count).MustAsync(async (count, cancellation) =>
            {
                await Task.Yield();
                return count < 10;
            }).WithMessage("Count fewer than ten.");
        }
    }

    [Fact]
    public async Task AValidMessage_ReachesTheHandler()
    {
        var answer = await Run(new Probe("ok", 3), new SyncRules(), new AsyncRules());

        answer.ShouldBe("handled ok");
    }

    [Fact]
    public async Task FailuresOfSyncAndAsyncRules_AreEachReportedOnce()
    {
        var refused = await Should.ThrowAsync<ValidationException>(() => Run(new Probe("", 0), new SyncRules(), new AsyncRules()).AsTask());

        refused.Errors.Select(e => e.ErrorMessage).ShouldBe(["Give a name.", "Count at least one."], ignoreOrder: true);
    }

    [Fact]
    public async Task AnAsyncRule_IsCheckedToo()
    {
        var refused = await Should.ThrowAsync<ValidationException>(() => Run(new Probe("big", 12), new AsyncRules()).AsTask());

        refused.Errors.Select(e => e.ErrorMessage).ShouldBe(["Count fewer than ten."]);
    }

    private static ValueTask<string> Run(Probe probe, params IValidator<Probe>[] validators)
    {
        var behavior = new ValidationBehavior<Probe, string>(validators, new ServiceCollection().BuildServiceProvider());
        return behavior.Handle(probe, (message, _) => ValueTask.FromResult($"handled {message.Name}"), CancellationToken.None);
    }
}
