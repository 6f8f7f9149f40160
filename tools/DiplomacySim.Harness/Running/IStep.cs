namespace DiplomacySim.Harness.Running;

/// <summary>A drill or a benchmark: it runs against servers of its own and reports what it saw.</summary>
public interface IStep
{
    /// <summary>The name <c>--only</c> selects it by.</summary>
    string Name { get; }

    Task<IReadOnlyList<Section>> RunAsync(HarnessContext context);
}
