using DanVan.Features.Accounts;

namespace DanVan.Features.People;

/// <summary>
/// People are read within the caller's ViewPeople scope (their unit's subtree, not the whole province: personal data)
/// and changed with ManagePeople on the person's unit. Sensitive fields have their own right (ViewSensitive, see <see cref="ListPeople"/>).
/// </summary>
public static class PersonAccess
{
    /// <summary>Load-and-authorise a person (ADR 0003).</summary>
    public static readonly ObjectAccess<Person> Rule = new("người này", (db, user) => db.People.VisibleTo(db, user, Permission.ViewPeople),
        db => db.People, id => p => p.Id == id, p => p.UnitId);
}
