namespace DiplomacySim.Domain.Communiques;

/// <summary>How the addressed ministry answers a clause.</summary>
public enum Decision
{
    Accept,
    Reject,
    Counter,
}
