using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Contests;

/// <summary>Who typed the sheet: the judge themself, or a secretary from the judge's paper sheet (then a second person re-enters it).</summary>
public enum SheetSource
{
    Judge,
    Paper,
}

/// <summary>A judge's own sheet is Confirmed when saved; a paper sheet is Entered, then Confirmed by an equal second entry or in Mismatch (both entries kept).</summary>
public enum SheetState
{
    Entered,
    Mismatch,
    Confirmed,
}

/// <summary>Points a person typed for one criterion of a sheet.</summary>
public sealed record SheetPoints(Guid CriterionId, decimal Points);

/// <summary>
/// A judge's score sheet (phiếu chấm) for one team in one part, by criterion. Typed by the judge (confirmed at once,
/// changed by them until the part closes) or entered from paper by a secretary and confirmed by a second, different
/// person re-entering it: equal entries confirm it, different ones leave it in mismatch with both kept until one is
/// re-entered. After the part closes only the chair or the organiser corrects it, with a reason (the history keeps the
/// old and new points). The <see cref="Version"/> token makes two simultaneous confirmations end with one winner.
/// </summary>
public sealed class ContestSheet : ITenantOwned, IStamped, IVersioned
{
    private ContestSheet()
    {
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public int Version { get; private set; }
    public Guid ContestId { get; private set; }
    public Guid PartId { get; private set; }
    public Guid JudgeId { get; private set; }
    public Guid TeamId { get; private set; }
    public SheetSource Source { get; private set; }
    public SheetState State { get; private set; }
    public Guid EnteredById { get; private set; }
    public string EnteredByName { get; private set; } = "";
    public DateTime EnteredAt { get; private set; }
    public Guid? ConfirmedById { get; private set; }
    public string? ConfirmedByName { get; private set; }
    public DateTime? ConfirmedAt { get; private set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<ContestSheetLine> Lines { get; private set; } = [];

    /// <summary>The sheet's total: the first entry's points (equal to the second once confirmed).</summary>
    public decimal Total => Lines.Where(l => l.Entry == 1).Sum(l => l.Points);

    /// <summary>The criteria on which the two entries of a paper sheet differ.</summary>
    public IReadOnlyList<Guid> Mismatches => [.. Lines.Where(l => l.Entry == 1)
        .Where(l => Lines.FirstOrDefault(o => o.Entry == 2 && o.CriterionId == l.CriterionId) is not { } o || o.Points != l.Points).Select(l => l.CriterionId)];

    public static ContestSheet Start(Guid tenantId, Guid contestId, Guid partId, Guid judgeId, Guid teamId, SheetSource source, IReadOnlyList<SheetPoints> points,
        Actor by)
    {
        var sheet = new ContestSheet
        {
            Id = Guid.CreateVersion7(), TenantId = tenantId, ContestId = contestId, PartId = partId, JudgeId = judgeId, TeamId = teamId, Source = source,
        };
        sheet.First(points, by);
        return sheet;
    }

    /// <summary>The judge changes their own sheet while the part is open.</summary>
    public AppError? JudgeChanges(IReadOnlyList<SheetPoints> points, Actor by)
    {
        if (Source != SheetSource.Judge)
        {
            return ContestErrors.PaperSheetExists;
        }

        First(points, by);
        return null;
    }

    /// <summary>The secretary who entered a paper sheet types it again (to correct their entry after a mismatch, or before it is confirmed).</summary>
    public AppError? ReEnter(IReadOnlyList<SheetPoints> points, Actor by)
    {
        if (Source != SheetSource.Paper)
        {
            return ContestErrors.JudgeSheetExists;
        }

        if (State == SheetState.Confirmed)
        {
            return ContestErrors.SheetConfirmed;
        }

        if (by.UserId != EnteredById)
        {
            return ContestErrors.NotFirstEntrant;
        }

        var second = Lines.Where(l => l.Entry == 2).Select(l => new SheetPoints(l.CriterionId, l.Points)).ToList();
        Lines.RemoveAll(l => l.Entry == 1);
        Lines.AddRange(points.Select(p => new ContestSheetLine(TenantId, Id, p.CriterionId, 1, p.Points)));
        EnteredAt = by.At;
        if (second.Count > 0)
        {
            Compare(by);
        }

        return null;
    }

    /// <summary>A second, different person re-enters the paper sheet: equal → confirmed; different → mismatch, both entries kept.</summary>
    public AppError? Confirm(IReadOnlyList<SheetPoints> points, Actor by)
    {
        if (Source != SheetSource.Paper)
        {
            return ContestErrors.JudgeSheetExists;
        }

        if (State == SheetState.Confirmed)
        {
            return ContestErrors.SheetConfirmed;
        }

        if (by.UserId == EnteredById)
        {
            return ContestErrors.SamePerson;
        }

        Lines.RemoveAll(l => l.Entry == 2);
        Lines.AddRange(points.Select(p => new ContestSheetLine(TenantId, Id, p.CriterionId, 2, p.Points)));
        ConfirmedById = by.UserId;
        ConfirmedByName = by.UserName;
        Compare(by);
        return null;
    }

    /// <summary>The chair or the organiser replaces the points after the part closed; returns the history note (old → new: reason).</summary>
    public string Correct(IReadOnlyList<SheetPoints> points, string reason, string judgeName, string teamName, string partName, Actor by)
    {
        var old = Total;
        Lines.Clear();
        Lines.AddRange(points.Select(p => new ContestSheetLine(TenantId, Id, p.CriterionId, 1, p.Points)));
        State = SheetState.Confirmed;
        ConfirmedById = by.UserId;
        ConfirmedByName = by.UserName;
        ConfirmedAt = by.At;
        return $"Phiếu chấm của {judgeName}, {teamName}, {partName}: {ContestErrors.Points(old)} → {ContestErrors.Points(Total)} điểm. Lý do: {reason}";
    }

    private void First(IReadOnlyList<SheetPoints> points, Actor by)
    {
        Lines.Clear();
        Lines.AddRange(points.Select(p => new ContestSheetLine(TenantId, Id, p.CriterionId, 1, p.Points)));
        EnteredById = by.UserId;
        EnteredByName = by.UserName;
        EnteredAt = by.At;
        if (Source == SheetSource.Judge)
        {
            State = SheetState.Confirmed;
            ConfirmedById = by.UserId;
            ConfirmedByName = by.UserName;
            ConfirmedAt = by.At;
        }
        else
        {
            State = SheetState.Entered;
        }
    }

    private void Compare(Actor by)
    {
        if (Mismatches.Count == 0)
        {
            State = SheetState.Confirmed;
            ConfirmedAt = by.At;
        }
        else
        {
            State = SheetState.Mismatch;
            ConfirmedAt = null;
        }
    }
}

/// <summary>Points for one criterion in one entry of a sheet.</summary>
public sealed class ContestSheetLine : ITenantOwned
{
    private ContestSheetLine()
    {
    }

    public ContestSheetLine(Guid tenantId, Guid sheetId, Guid criterionId, int entry, decimal points)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        SheetId = sheetId;
        CriterionId = criterionId;
        Entry = entry;
        Points = points;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid SheetId { get; private set; }
    public Guid CriterionId { get; private set; }
    public int Entry { get; private set; }
    public decimal Points { get; private set; }
}
