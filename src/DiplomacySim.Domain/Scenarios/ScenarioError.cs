namespace DiplomacySim.Domain.Scenarios;

/// <summary>
/// One problem in a scenario file: the file, the field as a JSON path (<c>nations[3].code</c>, or <c>$</c>
/// for the whole file) and what is wrong, in words a scenario author can act on.
/// </summary>
public sealed record ScenarioError(string File, string Field, string Message)
{
    /// <summary>The form an author reads in a log: <c>rus-vnm-2018.json: nations[3].code: ...</c>.</summary>
    public override string ToString() => $"{File}: {Field}: {Message}";
}
