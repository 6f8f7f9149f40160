using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using DiplomacySim.Domain.Clauses;

namespace DiplomacySim.Domain.Tests.Clauses;

/// <summary>
/// A kind is named in three places that must agree: the list of kinds (the submitted form), the
/// <see cref="ClauseKind"/> enum (events, storage) and <see cref="Clause"/>'s JSON kinds (storage and
/// the API's output). A kind added to one and not the others fails here.
/// </summary>
public sealed class ClauseKindsTests
{
    private static readonly IReadOnlyList<JsonDerivedTypeAttribute> JsonKinds =
        [.. typeof(Clause).GetCustomAttributes<JsonDerivedTypeAttribute>()];

    [Fact]
    public void TheList_HasEveryClauseKind_Once_InTheEnumsOrder() =>
        ClauseKinds.All.Select(k => k.Kind).ShouldBe(Enum.GetValues<ClauseKind>());

    [Fact]
    public void TheList_AndClausesJsonKinds_NameTheSameClausesAlike()
    {
        ClauseKinds.All.Select(k => (k.Clause, k.Name)).ShouldBe(
            JsonKinds.Select(a => (a.DerivedType, (string)a.TypeDiscriminator!)),
            ignoreOrder: true);
    }

    [Fact]
    public void EveryClause_IsOfItsOwnKind()
    {
        foreach (var kind in ClauseKinds.All)
        {
            // Kind is a constant of the record's type; no terms are needed to read it.
            var clause = (Clause)RuntimeHelpers.GetUninitializedObject(kind.Clause);
            clause.Kind.ShouldBe(kind.Kind, kind.Name);
        }
    }

    [Fact]
    public void EveryKind_HasItsOwnTermsAndValidator_InItsOwnNamespace()
    {
        ClauseKinds.All.Select(k => k.Terms).Distinct().Count().ShouldBe(ClauseKinds.All.Count);
        foreach (var kind in ClauseKinds.All)
        {
            kind.Terms.IsAssignableTo(typeof(ClauseTerms)).ShouldBeTrue(kind.Name);
            kind.Validator.CanValidateInstancesOfType(kind.Terms).ShouldBeTrue(kind.Name);
            kind.Terms.Namespace.ShouldBe(kind.Clause.Namespace);
        }
    }

    [Theory]
    [InlineData("basingRights", ClauseKind.BasingRights)]
    [InlineData("investment", ClauseKind.Investment)]
    public void AKind_IsFoundByItsWireName(string name, ClauseKind kind) =>
        ClauseKinds.Named(name).ShouldNotBeNull().Kind.ShouldBe(kind);

    [Theory]
    [InlineData("annexation")]
    [InlineData("BasingRights")]
    [InlineData("")]
    [InlineData(null)]
    public void AnythingElse_IsNoKind(string? name) =>
        ClauseKinds.Named(name).ShouldBeNull();
}
