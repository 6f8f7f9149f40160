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
        OtherRequestClause o => $"{requester} makes a further request, for the game master to rule on: {Sentence(o.Summary)}{(o.Details.Length > 0 ? " " + o.Details : "")}",
        DiplomaticRelationsClause d => Relations(d, requester, grantor),
        StatusOfForcesClause f => $"{requester} proposes a status of forces agreement for its forces in {grantor}: {Jurisdiction(f.Jurisdiction)}, {Exempt(f.CustomsExemption, "customs duties")} and {Exempt(f.TaxExemption, "taxes")}{(f.Agreement is { } id ? $", under agreement {id}" : "")}.",
        DefencePactClause p => $"{requester} proposes a {Labels.InSentence(Labels.Of(p.Type))} with {grantor}{Years(p.TermYears)}.",
        OverflightRightsClause o => $"{requester} asks that its {Labels.InSentence(Labels.Of(o.Aircraft))} be cleared to overfly {grantor} along {o.Corridor}, on {N(o.NoticeHours)} hours' notice of each flight.",
        IntelligenceSharingClause i => $"{requester} proposes to share intelligence with {grantor} gathered from {List(i.Domains.Select(Source))}, at the level of {i.Level}.",
        ArmsPurchaseClause a => $"{requester} seeks to buy {N(a.Quantity)} of {List(a.Items)} from {grantor}, for {a.Currency} {N(a.Value)} in all.",
        VisaFacilitationClause v => $"{requester} asks {grantor} to {(v.Waiver ? "waive" : "ease")} visas for {List(v.Categories)}.",
        _ => clause.ToString(),
    };

    private static string Relations(DiplomaticRelationsClause clause, string requester, string grantor)
    {
        var city = clause.City is { } c ? $" in {c}" : "";
        return clause.Action switch
        {
            DiplomaticAction.EstablishRelations => $"{requester} proposes to establish diplomatic relations with {grantor} and to exchange embassies{city}.",
            DiplomaticAction.OpenEmbassy => $"{requester} asks the consent of {grantor} to open its embassy{city}.",
            _ => $"{requester} asks the agrément of {grantor} for {clause.Envoy} as its ambassador{city}.",
        };
    }

    private static string Jurisdiction(Jurisdiction jurisdiction) => jurisdiction switch
    {
        Domain.Clauses.Jurisdiction.SendingState => "under the jurisdiction of the sending state",
        Domain.Clauses.Jurisdiction.ReceivingState => "under the jurisdiction of the receiving state",
        _ => "under shared jurisdiction",
    };

    // Sources, not the disciplines' names: the reader takes "SIGINT" or "signals intelligence" in any
    // sentence for a basing capability of the letter's basing request, which these are not.
    private static string Source(IntelligenceDomain domain) => domain switch
    {
        IntelligenceDomain.Sigint => "signals",
        IntelligenceDomain.Humint => "human sources",
        IntelligenceDomain.Imint => "imagery",
        IntelligenceDomain.Osint => "open sources",
        _ => "cyberspace",
    };

    private static string Exempt(bool exempt, string what) => exempt ? $"exempt from {what}" : $"liable to {what}";

    // A summary ends as a sentence does, whether or not its writer closed it.
    private static string Sentence(string text) => text.TrimEnd() is var t && t.Length > 0 && ".!?".Contains(t[^1]) ? t : t + ".";

    private static string List(IEnumerable<string> items)
    {
        var words = items.ToList();
        return words.Count <= 1 ? string.Concat(words) : $"{string.Join(", ", words[..^1])} and {words[^1]}";
    }

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
