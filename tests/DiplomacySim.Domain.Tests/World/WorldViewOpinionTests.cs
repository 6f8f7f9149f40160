using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Opinions;
using DiplomacySim.Domain.Rulesets;
using DiplomacySim.Domain.World;
using static DiplomacySim.Domain.Tests.Opinions.OpinionModifierTests;

namespace DiplomacySim.Domain.Tests.World;

/// <summary>A world whose loader summed a pair's modifiers gives the same scores as one holding each modifier.</summary>
public sealed class WorldViewOpinionTests
{
    private static readonly DateOnly Today = new(2018, 10, 3);
    private static readonly Game Game = new(Guid.NewGuid(), "test", "Opinions", Today, "default", RelationsVisibility.Public);

    private static WorldView View(IEnumerable<OpinionModifier> modifiers, Dictionary<(string From, string To), long>? summed = null) =>
        new(Game, new Ruleset("test", new RuleThresholds(50, 0, 100), new HashSet<ClauseKind>(), new Dictionary<ClauseKind, int>(), []), [], [], [], [], [], [], modifiers, summed);

    [Fact]
    public void SummedModifiers_ScoreAsTheModifiersThemselves()
    {
        OpinionModifier[] modifiers = [Modifier(20, null), Modifier(-7, null), Modifier(3, null)];
        var summed = new Dictionary<(string From, string To), long> { [("RUS", "VNM")] = modifiers.Sum(m => (long)m.ValueOn(Today)) };

        View([], summed).OpinionOf("RUS", "VNM").ShouldBe(View(modifiers).OpinionOf("RUS", "VNM"));
        View([], summed).OpinionOf("RUS", "VNM").ShouldBe(16);
        View([], summed).OpinionOf("VNM", "RUS").ShouldBe(0);
    }

    [Fact]
    public void AModifierAddedToASummedPair_CountsOnTop()
    {
        var view = View([], new Dictionary<(string From, string To), long> { [("RUS", "VNM")] = 30 });

        view.AddModifier(Modifier(5, fadesOverDays: 30));

        view.OpinionOf("RUS", "VNM").ShouldBe(35);
    }

    [Fact]
    public void ASumBeyondTheScale_IsClampedOnlyAfterTheNewModifiers()
    {
        // 150 summed, then -60: the score is 90, not clamp(150) - 60 = 40.
        var view = View([], new Dictionary<(string From, string To), long> { [("RUS", "VNM")] = 150 });

        view.AddModifier(Modifier(-60, null));

        view.OpinionOf("RUS", "VNM").ShouldBe(90);
    }
}
