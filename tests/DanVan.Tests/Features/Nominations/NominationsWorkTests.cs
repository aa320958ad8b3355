using DanVan.Features.Nominations;
using DanVan.Features.Work;
using DanVan.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static DanVan.Tests.Features.Nominations.NominationFlowTests;

namespace DanVan.Tests.Features.Nominations;

/// <summary>
/// Nominations on the home work list (<c>GET /api/v1/me/work</c>): a unit sees its draft with the round's unit deadline
/// (overdue once it passes) and its returned dossier with the first reason, never another unit's; a level sees the
/// dossiers waiting for it, counted per round, linked to the round filtered to them.
/// </summary>
public sealed class NominationsWorkTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Units_see_their_drafts_and_returns_and_the_level_sees_what_waits_for_it(Provider provider)
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 2, 2, 0, 0, TimeSpan.Zero));
        await using var app = await TestApp.StartAsync(provider, pg, services: s => s.AddSingleton<TimeProvider>(clock));
        using var province = await app.ClientForAsync("tdkt.snv");
        using var officer = await app.ClientForAsync("thidua.xa001");
        using var stp = await app.ClientForAsync("thidua.stp");

        // A round due Monday 16/11/2026 (10 working days); the commune's draft, and Sở Tư pháp's dossier sent.
        var (roundId, draft) = await ReadyDossierAsync(app, province, officer);
        var sent = await ReadyDossierAsync(app, stp, roundId, await KindAsync(app, Award), "STP");
        await (await stp.PostJsonAsync($"{Dossiers}/{sent.Id}/submit", new { })).ReadAsync<DossierDto>();

        var mine = (await ReadAllAsync(officer)).Single(i => i.Link == $"/Nominations/Dossier/{draft.Id}");
        (mine.Kind, mine.KindLabel, mine.Deadline, mine.DaysLeft, mine.State, mine.UnitName)
            .ShouldBe((NominationsWork.UnitKind, "Gửi hồ sơ đề nghị khen thưởng", new DateOnly(2026, 11, 16), 14, WorkState.Waiting, "UBND xã Ba Hải"));
        (await ReadAllAsync(stp)).ShouldNotContain(i => i.Link == $"/Nominations/Dossier/{draft.Id}", "another unit's draft");
        (await ReadAllAsync(stp)).ShouldNotContain(i => i.Link == $"/Nominations/Dossier/{sent.Id}", "a sent dossier waits for the level, not the unit");

        // Sở Nội vụ: one item for the round, with the count and the oldest submission, linked to the round filtered.
        var waiting = (await ReadAllAsync(province)).Single(i => i.Kind == NominationsWork.ReviewKind && i.Link.Contains(roundId.ToString()));
        (waiting.Title, waiting.Link, waiting.Deadline).ShouldBe(("Xét 1 hồ sơ đề nghị khen thưởng đang chờ — Xét khen thưởng tổng kết năm 2026",
            $"/Nominations/Round/{roundId}?status=Submitted", null));
        waiting.Note.ShouldBe("Hồ sơ chờ lâu nhất gửi ngày 02/11/2026.");
        (await ReadAllAsync(officer)).ShouldNotContain(i => i.Kind == NominationsWork.ReviewKind, "a commune officer is not a level");
        var page = await (await province.GetAsync(waiting.Link)).Content.ReadAsStringAsync();
        page.ShouldContain("id=\"dossiers-filter\"");
        page.ShouldContain($"/Nominations/Dossier/{sent.Id}");

        // Returned: Sở Tư pháp sees the first reason; the commune does not see it at all.
        const string reason = "Thiếu bản xếp loại năm 2025.";
        await (await province.PostJsonAsync($"{Dossiers}/{sent.Id}/return", new
        {
            items = new object[]
            {
                new { nomineeId = sent.Nominees[0].Id, requirement = "Other", reason },
                new { requirement = "Other", reason = "Tờ trình chưa ký." },
            },
        })).ReadAsync<DossierDto>();
        var returned = (await ReadAllAsync(stp)).Single(i => i.Link == $"/Nominations/Dossier/{sent.Id}");
        (returned.KindLabel, returned.Note).ShouldBe(("Bổ sung hồ sơ đề nghị khen thưởng", $"{sent.Nominees[0].Name}: {reason} (và 1 nội dung khác)"));
        (await ReadAllAsync(officer)).ShouldNotContain(i => i.Link == $"/Nominations/Dossier/{sent.Id}", "another unit's returned dossier");
        (await ReadAllAsync(province)).ShouldNotContain(i => i.Kind == NominationsWork.ReviewKind && i.Link.Contains(roundId.ToString()));

        // Past the unit deadline the draft is overdue.
        clock.Advance(TimeSpan.FromDays(16));
        var late = (await ReadAllAsync(officer)).Single(i => i.Link == $"/Nominations/Dossier/{draft.Id}");
        (late.State, late.DaysLeft).ShouldBe((WorkState.Overdue, -2));
    }

    private static async Task<List<WorkItem>> ReadAllAsync(HttpClient client)
    {
        var items = new List<WorkItem>();
        for (var page = 1; page <= 10; page++)
        {
            var list = await (await client.GetAsync($"/api/v1/me/work?pageSize=100&page={page}")).ReadAsync<GetMyWork.WorkList>();
            items.AddRange(list.Items);
            if (page * list.PageSize >= list.Total)
            {
                break;
            }
        }

        return items;
    }
}
