using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Scenarios;

/// <summary>The nation codes a file defines and the ministries each has: what the rest of the file may refer to.</summary>
internal sealed class ScenarioNations
{
    private readonly Dictionary<string, HashSet<MinistryKind>> ministries = new(StringComparer.Ordinal);

    public IEnumerable<string> Codes => ministries.Keys;

    public void Add(string code, IEnumerable<MinistryKind> kinds)
    {
        if (!ministries.TryGetValue(code, out var known))
            ministries.Add(code, known = []);
        known.UnionWith(kinds);
    }

    public bool Contains(string code) => ministries.ContainsKey(code);

    public bool Has(string code, MinistryKind kind) => ministries.TryGetValue(code, out var kinds) && kinds.Contains(kind);

    /// <summary>Reports a missing or unknown nation code at <paramref name="field"/>; true when the code is known.</summary>
    public bool CheckReference(string? code, string field, ScenarioErrorList errors)
    {
        if (!errors.Require(code, field))
            return false;
        if (Contains(code))
            return true;
        // Most unknown codes are a nation's code in the wrong case, on one side or the other.
        var hint = Codes.FirstOrDefault(c => string.Equals(c, code.Trim(), StringComparison.OrdinalIgnoreCase)) is { } near
            ? $"did you mean \"{near}\"?"
            : $"the nations are {string.Join(", ", Codes)}.";
        errors.Add(field, $"\"{code}\" is not the code of a nation in this file; {hint}");
        return false;
    }
}
