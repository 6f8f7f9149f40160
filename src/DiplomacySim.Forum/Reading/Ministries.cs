using DiplomacySim.Domain.World;

namespace DiplomacySim.Forum.Reading;

/// <summary>
/// Ministry kinds as letters name them, by title or by office: "State Department", "Secretary of
/// State", "Foreign Office", "MFA", an embassy (which speaks for its foreign ministry), "Office of
/// the Prime Minister".
/// </summary>
internal static class Ministries
{
    private static readonly (string[] Words, MinistryKind Kind)[] Kinds =
    [
        // Before "foreign": a ministry of foreign trade is a trade ministry.
        (["foreign trade", "foreign commerce", "external trade", "comércio exterior", "comercio exterior"], MinistryKind.Trade),
        (["foreign", "external affairs", "relaciones exteriores", "affaires étrangères", "state department", "state dept", "department of state", "secretary of state", "embassy", "chancellery", "chancery", "mfa", "mofa", "mea", "fdfa", "dfa", "dfat", "fco", "aa", "auswärtiges amt", "mid", "mre", "itamaraty", "quai d'orsay"], MinistryKind.ForeignAffairs),
        (["defence", "defense", "armed forces", "war office", "mod", "mindef", "modef"], MinistryKind.Defence),
        (["trade", "commerce", "economic development"], MinistryKind.Trade),
        (["energy", "petroleum"], MinistryKind.Energy),
        (["interior", "home affairs", "home office"], MinistryKind.Interior),
        (["prime minister", "head of government", "premier", "chancellor"], MinistryKind.HeadOfGovernment),
    ];

    public static MinistryKind? KindIn(string phrase)
    {
        var key = " " + Text.Folded.Key(phrase) + " ";
        foreach (var (words, kind) in Kinds)
        {
            if (words.Any(w => key.Contains(" " + Text.Folded.Key(w) + " ", StringComparison.Ordinal)))
                return kind;
        }
        return null;
    }
}
