using DanVan.Features.Movements;
using DanVan.Features.Registrations;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Tests.Features.Movements;

/// <summary>
/// Every (state × action) of the movement, the plan obligation and the registration: allowed (and then exactly one
/// history row with that action) or refused with which error (and then no row, no change).
/// </summary>
public sealed class TransitionTableTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);
    private static readonly Actor By = new(Guid.NewGuid(), "Cán bộ thử", new DateTime(2026, 3, 10, 2, 0, 0, DateTimeKind.Utc));
    private static readonly Guid Tenant = Guid.NewGuid();

    public enum MovementState { Draft, Launched, Closed }

    public enum MovementStep { Edit, Launch, Close }

    public enum ObligationState { Open, Filed, Waived }

    public enum ObligationStep { File, Withdraw, Waive, LiftWaiver, Extend }

    public enum RegistrationStep { Approve, Reopen }

    private static Movement NewMovement(MovementState state)
    {
        var m = Movement.Create(Tenant, Guid.NewGuid(), Details(), By);
        if (state >= MovementState.Launched)
        {
            m.Launch(By, Today, null).ShouldBeNull();
        }

        if (state == MovementState.Closed)
        {
            m.Close(By, null).ShouldBeNull();
        }

        return m;
    }

    private static MovementDetails Details() => new("Phong trào thử", null, 2026, MovementForm.Regular, Guid.NewGuid(), Today, null, null, null,
        Today.AddDays(10), false, null, null, null, null, null);

    public static TheoryData<MovementState, MovementStep, string?> MovementTable => new()
    {
        { MovementState.Draft, MovementStep.Edit, null },
        { MovementState.Draft, MovementStep.Launch, null },
        { MovementState.Draft, MovementStep.Close, MovementErrors.NotLaunched.Code },
        { MovementState.Launched, MovementStep.Edit, MovementErrors.NotDraft.Code },
        { MovementState.Launched, MovementStep.Launch, MovementErrors.NotDraft.Code },
        { MovementState.Launched, MovementStep.Close, null },
        { MovementState.Closed, MovementStep.Edit, MovementErrors.NotDraft.Code },
        { MovementState.Closed, MovementStep.Launch, MovementErrors.NotDraft.Code },
        { MovementState.Closed, MovementStep.Close, MovementErrors.NotLaunched.Code },
    };

    [Theory]
    [MemberData(nameof(MovementTable))]
    public void A_movement_step_is_allowed_or_refused_by_its_state(MovementState state, MovementStep step, string? error)
    {
        var m = NewMovement(state);
        var before = (m.Status, m.History.Count);
        var result = step switch
        {
            MovementStep.Edit => m.Edit(Details(), By),
            MovementStep.Launch => m.Launch(By, Today, "ghi chú"),
            _ => m.Close(By, "ghi chú"),
        };

        result?.Code.ShouldBe(error);
        if (error is null)
        {
            result.ShouldBeNull();
            m.History.Count.ShouldBe(before.Count + 1);
            m.History[^1].Action.ShouldBe(step switch
            {
                MovementStep.Edit => MovementAction.Edited,
                MovementStep.Launch => MovementAction.Launched,
                _ => MovementAction.Closed,
            });
            m.History[^1].UserName.ShouldBe(By.UserName);
        }
        else
        {
            (m.Status, m.History.Count).ShouldBe(before);
        }
    }

    [Fact]
    public void Every_movement_table_row_exists_once_per_state_and_step() =>
        MovementTable.Count.ShouldBe(Enum.GetValues<MovementState>().Length * Enum.GetValues<MovementStep>().Length);

    private static PlanObligation NewObligation(ObligationState state)
    {
        var o = new PlanObligation(Tenant, Guid.NewGuid(), Guid.NewGuid(), Today.AddDays(5), 0, null);
        if (state == ObligationState.Filed)
        {
            o.File(Guid.NewGuid(), "07/KH-UBND", Today.AddDays(-1), By, Today).ShouldBeNull();
        }
        else if (state == ObligationState.Waived)
        {
            o.Waive("Đơn vị đang sáp nhập", By).ShouldBeNull();
        }

        return o;
    }

    public static TheoryData<ObligationState, ObligationStep, string?> ObligationTable => new()
    {
        { ObligationState.Open, ObligationStep.File, null },
        { ObligationState.Open, ObligationStep.Withdraw, MovementErrors.NothingToWithdraw.Code },
        { ObligationState.Open, ObligationStep.Waive, null },
        { ObligationState.Open, ObligationStep.LiftWaiver, MovementErrors.NotWaived.Code },
        { ObligationState.Open, ObligationStep.Extend, null },
        { ObligationState.Filed, ObligationStep.File, MovementErrors.AlreadyFiled.Code },
        { ObligationState.Filed, ObligationStep.Withdraw, null },
        { ObligationState.Filed, ObligationStep.Waive, MovementErrors.WaiveFiled.Code },
        { ObligationState.Filed, ObligationStep.LiftWaiver, MovementErrors.NotWaived.Code },
        { ObligationState.Filed, ObligationStep.Extend, MovementErrors.ExtendFiled.Code },
        { ObligationState.Waived, ObligationStep.File, MovementErrors.NotRequired.Code },
        { ObligationState.Waived, ObligationStep.Withdraw, MovementErrors.NothingToWithdraw.Code },
        { ObligationState.Waived, ObligationStep.Waive, MovementErrors.AlreadyWaived.Code },
        { ObligationState.Waived, ObligationStep.LiftWaiver, null },
        { ObligationState.Waived, ObligationStep.Extend, MovementErrors.NotRequired.Code },
    };

    [Theory]
    [MemberData(nameof(ObligationTable))]
    public void An_obligation_step_is_allowed_or_refused_by_its_state(ObligationState state, ObligationStep step, string? error)
    {
        var o = NewObligation(state);
        var before = (o.PlanDocumentId, o.WaivedReason, o.DueOn, o.History.Count);
        var result = step switch
        {
            ObligationStep.File => o.File(Guid.NewGuid(), "08/KH-UBND", Today, By, Today),
            ObligationStep.Withdraw => o.Withdraw(By, Today),
            ObligationStep.Waive => o.Waive("Không còn nhiệm vụ", By),
            ObligationStep.LiftWaiver => o.LiftWaiver("Miễn nhầm", By),
            _ => o.Extend(Today.AddDays(20), "Đơn vị chờ hướng dẫn", By, Today),
        };

        result?.Code.ShouldBe(error);
        if (error is null)
        {
            result.ShouldBeNull();
            o.History.Count.ShouldBe(before.Count + 1);
            var row = o.History[^1];
            row.Action.ShouldBe(step switch
            {
                ObligationStep.File => MovementAction.PlanFiled,
                ObligationStep.Withdraw => MovementAction.PlanWithdrawn,
                ObligationStep.Waive => MovementAction.Waived,
                ObligationStep.LiftWaiver => MovementAction.WaiverLifted,
                _ => MovementAction.DeadlineExtended,
            });
            (row.UnitId, row.ObligationId, row.MovementId).ShouldBe((o.UnitId, o.Id, o.MovementId));
        }
        else
        {
            (o.PlanDocumentId, o.WaivedReason, o.DueOn, o.History.Count).ShouldBe(before);
        }
    }

    [Fact]
    public void Every_obligation_table_row_exists_once_per_state_and_step() =>
        ObligationTable.Count.ShouldBe(Enum.GetValues<ObligationState>().Length * Enum.GetValues<ObligationStep>().Length);

    [Fact]
    public void On_time_is_judged_by_the_plans_issue_date_not_the_day_it_was_entered()
    {
        var o = new PlanObligation(Tenant, Guid.NewGuid(), Guid.NewGuid(), Today.AddDays(-5), 0, null);
        o.File(Guid.NewGuid(), "09/KH-UBND", Today.AddDays(-6), By, Today).ShouldBeNull();
        o.StatusOn(Today).ShouldBe(PlanStatus.OnTime);
        (o.PlanIssuedOn, o.FiledOn).ShouldBe((Today.AddDays(-6), Today));

        var late = new PlanObligation(Tenant, Guid.NewGuid(), Guid.NewGuid(), Today.AddDays(-5), 0, null);
        late.File(Guid.NewGuid(), "10/KH-UBND", Today.AddDays(-4), By, Today).ShouldBeNull();
        late.StatusOn(Today).ShouldBe(PlanStatus.Late);
    }

    [Fact]
    public void The_date_and_reason_rules_of_an_obligation_refuse_with_their_error()
    {
        NewObligation(ObligationState.Open).File(Guid.NewGuid(), "1/KH", Today.AddDays(1), By, Today).ShouldBe(MovementErrors.PlanIssuedInFuture);
        var filed = NewObligation(ObligationState.Filed);
        filed.Withdraw(By, filed.DueOn.AddDays(1)).ShouldBe(MovementErrors.WithdrawAfterDeadline);
        var open = NewObligation(ObligationState.Open);
        open.Extend(open.DueOn, "lý do", By, Today).ShouldBe(MovementErrors.ExtendNotLater);
        open.Extend(Today.AddDays(30), " ", By, Today).ShouldBe(MovementErrors.ReasonRequired);
        open.Waive(null, By).ShouldBe(MovementErrors.ReasonRequired);
        NewObligation(ObligationState.Waived).LiftWaiver("", By).ShouldBe(MovementErrors.ReasonRequired);
        open.History.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(RegistrationStatus.Draft, RegistrationStep.Approve, null)]
    [InlineData(RegistrationStatus.Draft, RegistrationStep.Reopen, null)]
    [InlineData(RegistrationStatus.Approved, RegistrationStep.Approve, "registration.approved")]
    [InlineData(RegistrationStatus.Approved, RegistrationStep.Reopen, null)]
    public void A_registration_step_is_allowed_or_refused_by_its_state(RegistrationStatus state, RegistrationStep step, string? error)
    {
        var r = new Registration(Tenant, Guid.NewGuid(), Guid.NewGuid(), 2026);
        if (state == RegistrationStatus.Approved)
        {
            r.Approve(By).ShouldBeNull();
        }

        var before = r.History.Count;
        AppError? result = step == RegistrationStep.Approve ? r.Approve(By) : r.Reopen(Today.AddDays(3), "bổ sung", By, Today);
        result?.Code.ShouldBe(error);
        if (error is null)
        {
            r.History.Count.ShouldBe(before + 1);
            r.History[^1].Action.ShouldBe(step == RegistrationStep.Approve ? MovementAction.RegistrationApproved : MovementAction.RegistrationReopened);
            (r.History[^1].RegistrationId, r.History[^1].UnitId).ShouldBe((r.Id, r.UnitId));
            r.Status.ShouldBe(step == RegistrationStep.Approve ? RegistrationStatus.Approved : RegistrationStatus.Draft);
        }
        else
        {
            r.History.Count.ShouldBe(before);
        }

        r.Reopen(Today.AddDays(-1), null, By, Today).ShouldBe(RegistrationErrors.ReopenInPast);
    }

    [Fact]
    public void Every_history_action_has_a_Vietnamese_label() =>
        Enum.GetValues<MovementAction>().Select(a => a.Label()).ShouldAllBe(l => l.Length > 0);
}
