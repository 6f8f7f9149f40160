using System.Globalization;
using DiplomacySim.Domain.Clauses;

namespace DiplomacySim.Forum.Export;

/// <summary>
/// A clause as one sentence of a letter, worded so that the importer reads the same clause back
/// from it: an exported communique pasted into a thread and imported again gives the same clauses.
/// </summary>
public static class ClauseSentences
{
    public static string Write(Clause clause, string requester, string grantor, Func<Guid, string> installationName, Func<string, string> nationName) => clause switch
    {
        BasingRightsClause b => $"{requester} requests basing rights at {Names(b.Installations, installationName)} for no more than {N(b.PeacetimePersonnelCap)} personnel in ordinary times, rising to {N(b.EmergencyPersonnelCap)} in an emergency{Capabilities(b.Capabilities)}{Years(b.TermYears)}.",
        ProtectingPowerClause p => $"{requester} asks {grantor} to act as protecting power for {nationName(p.ProtectedState)}'s {Scope(p.Scope)} interests in {nationName(p.HostState)}.",
        TradeAgreementClause t => $"{requester} proposes a trade agreement on {string.Join(" and ", t.Sectors)} {Tariff(t.TariffChangePercent)}, with settlement in {Currency(t.SettlementCurrency)}{Years(t.TermYears)}.",
        RefuelingRightsClause r => $"{requester} asks that its {Assets(r.Assets)} be permitted to refuel{(r.Installations.Count > 0 ? " at " + Names(r.Installations, installationName) : "")} in the area of {r.Area}.",
        DelegationVisitClause v => $"{requester} proposes that a delegation of {N(v.Size)}, led by {v.HeadOfDelegation}, visit {v.City} on {v.ProposedDate.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}.",
        CooperationClause c => $"{requester} proposes cooperation in {Labels.InSentence(Labels.Of(c.Sector))}: {c.Statement}",
        InvestmentClause i => $"{requester} offers an investment of {i.Currency} {N(i.Amount)} in {i.Sector}.",
        _ => clause.ToString(),
    };

    private static string N(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string Names(IReadOnlyList<Guid> ids, Func<Guid, string> name)
    {
        var names = ids.Select(name).ToList();
        return names.Count <= 1 ? string.Concat(names) : $"{string.Join(", ", names[..^1])} and {names[^1]}";
    }

    private static string Capabilities(IReadOnlyList<BasingCapability> capabilities)
    {
        if (capabilities.Count == 0)
            return "";
        var words = capabilities.Select(c => Labels.InSentence(Labels.Of(c))).ToList();
        return ", for " + (words.Count == 1 ? words[0] : $"{string.Join(", ", words[..^1])} and {words[^1]}");
    }

    private static string Years(int? years) => years is { } y ? $", for {y} years" : "";

    private static string Scope(ProtectionScope scope) => Labels.InSentence(Labels.Of(scope));

    private static string Tariff(decimal percent) => percent switch
    {
        < 0 => $"lowering tariffs by {N(-percent)}%",
        > 0 => $"raising tariffs by {N(percent)}%",
        _ => "keeping tariffs as they are",
    };

    private static string Currency(string currency) => currency == "national" ? "national currencies" : currency;

    private static string Assets(IReadOnlyList<RefuelingAsset> assets) =>
        string.Join(" and ", (assets.Count == 0 ? [RefuelingAsset.Air] : assets.Distinct().Order().ToList()).Select(a => Labels.InSentence(Labels.Of(a))));
}
