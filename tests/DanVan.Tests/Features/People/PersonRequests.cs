namespace DanVan.Tests.Features.People;

/// <summary>Request bodies for /api/v1/people, as a client would send them.</summary>
internal static class PersonRequests
{
    public static object Valid(string fullName, Guid unitId) => new
    {
        fullName,
        gender = "Female",
        birthYear = 1985,
        position = "Chuyên viên",
        staffCategory = "CivilServant",
        unitId,
        ethnicity = "Kinh",
        isPartyMember = true,
    };
}
