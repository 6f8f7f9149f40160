using DiplomacySim.Domain.Members;
using DiplomacySim.Server.Play;

namespace DiplomacySim.Server.Errors;

/// <summary>The Domain's refusals of a change of members or seats, as the API's problems.</summary>
internal static class SeatingProblems
{
    public static GameProblemException Of(SeatingException refused) => refused.Code switch
    {
        SeatingException.InvitationNotValid => Invitations.NotValid(),
        SeatingException.NationUnknown or SeatingException.MinistryUnknown => new UnprocessableException(refused.Code, refused.Message),
        SeatingException.GameMasterOnly => new ForbiddenException(refused.Code, refused.Message),
        _ => new ConflictException(refused.Code, refused.Message),
    };
}
