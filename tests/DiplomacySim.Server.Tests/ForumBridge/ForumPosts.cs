namespace DiplomacySim.Server.Tests.ForumBridge;

/// <summary>Posts as players of the test world write them for the forum thread, in our own words.</summary>
internal static class ForumPosts
{
    /// <summary>DESIGN.md's reference letter in the letterhead layout, with BBCode.</summary>
    public const string ReferenceLetter = """
        [center][b]MINISTRY OF FOREIGN AFFAIRS OF THE RUSSIAN FEDERATION[/b][/center]
        [i]Security Clearance: Secure and Encrypted[/i]

        [b]To:[/b] Ministry of Foreign Affairs, Socialist Republic of Viet Nam
        [b]From:[/b] Minister of Foreign Affairs, Russian Federation
        [b]Subject:[/b] Confidential: Diplomatic Relations

        Dear Minister Pham Binh Minh,

        Moscow recalls with warmth the decades of friendship between our peoples.

        The Russian Federation requests access to Yen Bai Air Base, Bien Hoa Air Base and An Thoi Naval Base to host SIGINT and ELINT assets and a permanent naval presence, with under 5,000 personnel in peacetime and up to 25,000 in an emergency.
        We further ask that Viet Nam act as protecting power for the diplomatic and consular interests of the Russian Federation in Thailand, where our embassy has closed.
        Russia proposes a trade agreement on energy and agriculture, lowering tariffs by five percent, with settlement in roubles.
        We request the continued use of Viet Nam as a refuelling point for our aircraft and naval vessels in the wider Pacific.
        Finally, a Deputy Prime Minister would visit Hanoi with a delegation of forty on 12 November.

        With the assurances of my highest consideration,
        Sergey Lavrov
        """;

    /// <summary>A short Markdown letter from Russia's Defence to Viet Nam's asking for room at a Thai base.</summary>
    public const string ThaiBaseFromHanoi = """
        **From:** Ministry of Defence, Russian Federation
        **To:** Ministry of National Defence, Viet Nam
        **Subject:** Training detachment

        The Russian Federation requests the use of U-Tapao for a training detachment of up to 300 personnel.
        """;
}
