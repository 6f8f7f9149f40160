namespace DiplomacySim.Domain.Communiques;

/// <summary>
/// Who may read a communique: public ones reach the whole game; confidential and secret ones reach
/// only the sender's nation, the recipient's nation and the game masters.
/// </summary>
public enum Classification
{
    Public,
    Confidential,
    Secret,
}
