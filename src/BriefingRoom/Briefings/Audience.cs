namespace BriefingRoom.Briefings;

/// <summary>Who a projection is for: staff see real names; press and public see speakers under their attribution.</summary>
public enum Audience
{
    Staff,
    Press,
    Public,
}
