using System.Linq.Expressions;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Units;

/// <summary>
/// A node of the organisation tree. <see cref="Path"/> is the materialised path of ids ("/root/…/self/"), so
/// "everything under X" is one indexed prefix predicate. Units are never deleted: a merged or dissolved unit is
/// closed (<see cref="ValidTo"/>) and linked to its successors, so what belonged to it stays reachable. Whether a unit
/// is active is a question about a day, answered by its dates alone (<see cref="IsActiveOn(DateOnly)"/>): a change
/// recorded today with a future date takes effect on that date.
/// </summary>
public sealed class Unit : ITenantOwned, IStamped
{
    public const int CodeMax = 50;
    public const int NameMax = 300;
    public const int ShortNameMax = 30;
    public const int PathMax = 33 * 16;
    public const int MaxDepth = 16;

    private Unit()
    {
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string NameFolded { get; private set; } = "";
    public string? ShortName { get; private set; }
    public Guid KindId { get; private set; }
    public UnitKind? Kind { get; private set; }
    public Guid? ParentId { get; private set; }
    public Unit? Parent { get; private set; }
    public string Path { get; private set; } = "";
    public int Depth { get; private set; }
    public DateOnly? ValidFrom { get; private set; }
    public DateOnly? ValidTo { get; private set; }
    public int SortOrder { get; private set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public static string PathSegment(Guid id) => id.ToString("N") + "/";

    public static Unit Create(Guid tenantId, Unit? parent, UnitKind kind, string code, string name, string? shortName,
        DateOnly? validFrom = null, int sortOrder = 0)
    {
        var id = Guid.CreateVersion7();
        var unit = new Unit
        {
            Id = id,
            TenantId = tenantId,
            KindId = kind.Id,
            Kind = kind,
            ParentId = parent?.Id,
            Path = (parent?.Path ?? "/") + PathSegment(id),
            Depth = parent is null ? 0 : parent.Depth + 1,
            ValidFrom = validFrom,
            SortOrder = sortOrder,
        };
        unit.SetDetails(code, name, shortName, kind);
        return unit;
    }

    public void SetDetails(string code, string name, string? shortName, UnitKind kind)
    {
        Code = code;
        Name = name;
        NameFolded = VietnameseText.Fold(name + " " + code + " " + shortName);
        ShortName = string.IsNullOrWhiteSpace(shortName) ? null : shortName;
        KindId = kind.Id;
        Kind = kind;
    }

    public AppError? SetValidFrom(DateOnly? validFrom)
    {
        if (validFrom is { } from && ValidTo is { } to && to < from)
        {
            return UnitErrors.CloseBeforeOpen;
        }

        ValidFrom = validFrom;
        return null;
    }

    /// <summary>
    /// The rule, stated once: a unit is active on <paramref name="day"/> when it has begun (no start, or started on or
    /// before that day) and not ended (no end, or <see cref="ValidTo"/> — its last day — on or after it). SQL reads the
    /// same two dates (see <see cref="ActiveOnSql"/>); a test proves both agree.
    /// </summary>
    public static bool IsActiveOn(DateOnly? validFrom, DateOnly? validTo, DateOnly day) =>
        (validFrom is null || validFrom <= day) && (validTo is null || validTo >= day);

    public bool IsActiveOn(DateOnly day) => IsActiveOn(ValidFrom, ValidTo, day);

    /// <summary>The same rule as a SQL predicate; use through <see cref="UnitDates.ActiveOn"/> and <see cref="UnitDates.ClosedOn"/>.</summary>
    public static Expression<Func<Unit, bool>> ActiveOnSql(DateOnly day) =>
        u => (u.ValidFrom == null || u.ValidFrom <= day) && (u.ValidTo == null || u.ValidTo >= day);

    /// <summary>Not yet active on <paramref name="day"/> or already ended: the negation of <see cref="ActiveOnSql"/>.</summary>
    public static Expression<Func<Unit, bool>> InactiveOnSql(DateOnly day) =>
        u => (u.ValidFrom != null && u.ValidFrom > day) || (u.ValidTo != null && u.ValidTo < day);

    public bool IsAncestorOrSelfOf(Unit other) => other.Path.StartsWith(Path, StringComparison.Ordinal);

    /// <summary>Moves this unit under <paramref name="newParent"/>; the caller re-prefixes descendants' paths.</summary>
    public AppError? MoveUnder(Unit newParent)
    {
        if (IsAncestorOrSelfOf(newParent))
        {
            return UnitErrors.MoveIntoOwnSubtree;
        }

        if (newParent.Depth + 1 >= MaxDepth)
        {
            return UnitErrors.TooDeep;
        }

        ParentId = newParent.Id;
        Parent = newParent;
        Path = newParent.Path + PathSegment(Id);
        Depth = newParent.Depth + 1;
        return null;
    }

    /// <summary>
    /// Closes the unit (merged, dissolved, split) after <paramref name="validTo"/>, its last day: it stays in the tree
    /// for history but takes no new work from the next day on. A unit already given an end date is not closed twice.
    /// </summary>
    public AppError? Close(DateOnly validTo)
    {
        if (ValidTo is not null)
        {
            return UnitErrors.AlreadyClosed(Name);
        }

        if (ValidFrom is { } from && validTo < from)
        {
            return UnitErrors.CloseBeforeOpen;
        }

        ValidTo = validTo;
        return null;
    }
}
