using System.Net;
using DanVan.Features.Accounts;
using DanVan.Features.Assessments;
using DanVan.Features.Movements;
using DanVan.Features.Registrations;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Tests.Features.Assessments;
using DanVan.Tests.Features.People;
using DanVan.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Security;

/// <summary>
/// ADR 0003: an object outside the caller's view scope (a sibling department, another tenant) answers 404 exactly
/// like an id that does not exist; an object the caller may view but not change answers 403.
/// </summary>
public sealed class IdorTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private enum Target
    {
        Unit,
        Person,
        Token,
        Document,
        Movement,
        Model,
        CriteriaSet,
        Round,
        Assessment,
        CalendarEntry,
        Cluster,
        AwardKind,
        AwardRecord,
        NominationRound,
        Dossier,
        Council,
        CouncilSession,
        CouncilItem,
        Notice,
        NoticeComment,
        Decision,
        Consultation,
        Notification,
        Job,
        AdminJob,
        Certificate,
        Recovery,
        Artwork,
        Contest,
        ContestTeam,

        /// <summary>A contest's public rules: another province's open contest is public by design; a draft (a sibling's, another province's) is unknown.</summary>
        ContestRules,
        ReportForm,
        ReportCampaign,
        ReportSubmission,

        /// <summary>
        /// A public code, which is the key itself: the verification code (any unknown code answers 200 "Không tìm thấy" by design,
        /// CertificateFlowTests, never a 404) and a team's quiz code (it opens its sitting whoever holds it; an unknown one is a 404 —
        /// ContestQuizDeviceTests).
        /// </summary>
        PublicCode,
    }

    /// <summary>Every API route that takes an object id. A new one must be added here (see the last test).</summary>
    private static readonly (string Method, string Route, Target Target)[] IdRoutes =
    [
        ("GET", "/api/v1/units/{id}", Target.Unit),
        ("PUT", "/api/v1/units/{id}", Target.Unit),
        ("POST", "/api/v1/units/{id}/move", Target.Unit),
        ("POST", "/api/v1/units/{id}/dissolve", Target.Unit),
        ("POST", "/api/v1/units/{id}/split", Target.Unit),
        ("POST", "/api/v1/units/{id}/transfer-part", Target.Unit),
        ("GET", "/api/v1/units/{id}/lineage", Target.Unit),
        ("POST", "/api/v1/units/{id}/pending-handover/cancel", Target.Unit),
        ("GET", "/api/v1/people/{id}", Target.Person),
        ("PUT", "/api/v1/people/{id}", Target.Person),
        ("POST", "/api/v1/people/{id}/transfer", Target.Person),
        ("DELETE", "/api/v1/tokens/{id}", Target.Token),
        ("GET", "/api/v1/documents/{id}", Target.Document),
        ("PUT", "/api/v1/documents/{id}", Target.Document),
        ("POST", "/api/v1/documents/{id}/attachments", Target.Document),
        ("GET", "/api/v1/documents/{id}/attachments/{attachmentId}", Target.Document),
        ("GET", "/api/v1/movements/{id}", Target.Movement),
        ("PUT", "/api/v1/movements/{id}", Target.Movement),
        ("POST", "/api/v1/movements/{id}/launch", Target.Movement),
        ("POST", "/api/v1/movements/{id}/close", Target.Movement),
        ("PUT", "/api/v1/movements/{id}/reminders", Target.Movement),
        ("GET", "/api/v1/movements/{id}/compliance", Target.Movement),
        ("GET", "/api/v1/movements/{id}/coverage", Target.Movement),
        ("GET", "/api/v1/movements/{id}/coverage.xlsx", Target.Movement),
        ("GET", "/api/v1/models/{id}", Target.Model),
        ("PUT", "/api/v1/models/{id}", Target.Model),
        ("POST", "/api/v1/models/{id}/transitions", Target.Model),
        ("GET", "/api/v1/models/{id}/timeline", Target.Model),
        ("POST", "/api/v1/models/{id}/progress", Target.Model),
        ("POST", "/api/v1/models/{id}/evidence", Target.Model),
        ("GET", "/api/v1/models/{id}/evidence/{evidenceId}", Target.Model),
        ("POST", "/api/v1/models/{id}/reviews", Target.Model),
        ("POST", "/api/v1/models/{id}/publish", Target.Model),
        ("GET", "/api/v1/public/models/{id}", Target.Model),
        ("GET", "/api/v1/public/models/{id}/photos/{photoId}", Target.Model),
        ("GET", "/api/v1/movements/{id}/compliance.xlsx", Target.Movement),
        ("POST", "/api/v1/movements/{id}/plans", Target.Movement),
        ("DELETE", "/api/v1/movements/{id}/plans/{unitId}", Target.Movement),
        ("POST", "/api/v1/movements/{id}/plans/{unitId}/waive", Target.Movement),
        ("POST", "/api/v1/movements/{id}/plans/{unitId}/lift-waiver", Target.Movement),
        ("POST", "/api/v1/movements/{id}/plans/extend", Target.Movement),
        ("GET", "/api/v1/movements/{id}/registrations/", Target.Movement),
        ("GET", "/api/v1/movements/{id}/registrations/export.xlsx", Target.Movement),
        ("GET", "/api/v1/movements/{id}/registrations/{unitId}", Target.Movement),
        ("PUT", "/api/v1/movements/{id}/registrations/{unitId}", Target.Movement),
        ("POST", "/api/v1/movements/{id}/registrations/{unitId}/people", Target.Movement),
        ("DELETE", "/api/v1/movements/{id}/registrations/{unitId}/people/{personId}", Target.Movement),
        ("POST", "/api/v1/movements/{id}/registrations/{unitId}/approve", Target.Movement),
        ("POST", "/api/v1/movements/{id}/registrations/{unitId}/reopen", Target.Movement),
        ("GET", "/api/v1/assessment/criteria-sets/{id}", Target.CriteriaSet),
        ("PUT", "/api/v1/assessment/criteria-sets/{id}", Target.CriteriaSet),
        ("POST", "/api/v1/assessment/criteria-sets/{id}/copy", Target.CriteriaSet),
        ("GET", "/api/v1/assessment/criteria-sets/{id}/xlsx", Target.CriteriaSet),
        ("GET", "/api/v1/assessment/rounds/{id}", Target.Round),
        ("GET", "/api/v1/assessment/rounds/{id}/ranking", Target.Round),
        ("GET", "/api/v1/assessment/rounds/{id}/ranking.xlsx", Target.Round),
        ("GET", "/api/v1/assessment/rounds/{id}/results", Target.Round),
        ("POST", "/api/v1/assessment/rounds/{id}/decide", Target.Round),
        ("GET", "/api/v1/assessment/units/{id}", Target.Assessment),
        ("PUT", "/api/v1/assessment/units/{id}/self", Target.Assessment),
        ("POST", "/api/v1/assessment/units/{id}/submit", Target.Assessment),
        ("POST", "/api/v1/assessment/units/{id}/return", Target.Assessment),
        ("PUT", "/api/v1/assessment/units/{id}/appraisal", Target.Assessment),
        ("POST", "/api/v1/assessment/units/{id}/appeal", Target.Assessment),
        ("POST", "/api/v1/assessment/units/{id}/appeal/answer", Target.Assessment),
        ("GET", "/api/v1/assessment/units/{id}/evidence/suggestions", Target.Assessment),
        ("POST", "/api/v1/assessment/units/{id}/evidence", Target.Assessment),
        ("POST", "/api/v1/assessment/units/{id}/evidence/link", Target.Assessment),
        ("GET", "/api/v1/assessment/units/{id}/evidence/{evidenceId}", Target.Assessment),
        ("DELETE", "/api/v1/assessment/units/{id}/evidence/{evidenceId}", Target.Assessment),
        ("GET", "/api/v1/units/{id}/ratings", Target.Unit),
        ("DELETE", "/api/v1/calendar/2026/entries/{id}", Target.CalendarEntry), // a year is not an object id (see the last test)
        ("GET", "/api/v1/people/{id}/ratings", Target.Person),
        ("GET", "/api/v1/nominations/rounds/{id}", Target.NominationRound),
        ("POST", "/api/v1/nominations/rounds/{id}/close", Target.NominationRound),
        ("GET", "/api/v1/nominations/rounds/{id}/dossiers", Target.NominationRound),
        ("POST", "/api/v1/nominations/rounds/{id}/dossiers", Target.NominationRound),
        ("POST", "/api/v1/nominations/rounds/{id}/accept", Target.NominationRound),
        ("GET", "/api/v1/council/councils/{id}", Target.Council),
        ("POST", "/api/v1/council/councils/{id}/members", Target.Council),
        ("POST", "/api/v1/council/councils/{id}/sessions", Target.Council),
        ("GET", "/api/v1/council/sessions/{id}", Target.CouncilSession),
        ("GET", "/api/v1/council/sessions/{id}/minutes.pdf", Target.CouncilSession),
        ("GET", "/api/v1/council/sessions/{id}/minutes.docx", Target.CouncilSession),
        ("POST", "/api/v1/council/sessions/{id}/agenda", Target.CouncilSession),
        ("PUT", "/api/v1/council/sessions/{id}/agenda/order", Target.CouncilSession),
        ("PUT", "/api/v1/council/sessions/{id}/attendance", Target.CouncilSession),
        ("POST", "/api/v1/council/sessions/{id}/open", Target.CouncilSession),
        ("POST", "/api/v1/council/sessions/{id}/close", Target.CouncilSession),
        ("POST", "/api/v1/council/items/{id}/conflicts", Target.CouncilItem),
        ("POST", "/api/v1/council/items/{id}/open", Target.CouncilItem),
        ("POST", "/api/v1/council/items/{id}/close", Target.CouncilItem),
        ("POST", "/api/v1/council/items/{id}/ballots", Target.CouncilItem),
        ("GET", "/api/v1/council/items/{id}/participation", Target.CouncilItem),
        ("POST", "/api/v1/council/items/{id}/written-opinions", Target.CouncilItem),
        ("POST", "/api/v1/council/items/{id}/paper-counts", Target.CouncilItem),
        ("GET", "/api/v1/council/items/{id}/tally", Target.CouncilItem),
        ("GET", "/api/v1/council/items/{id}/receipts/{code}", Target.CouncilItem),
        ("GET", "/api/v1/notices/{id}", Target.Notice),
        ("POST", "/api/v1/notices/{id}/publish", Target.Notice),
        ("GET", "/api/v1/notices/{id}/comments", Target.Notice),
        ("POST", "/api/v1/notices/comments/{id}/disposition", Target.NoticeComment),
        ("POST", "/api/v1/consultations/{id}/answer", Target.Consultation),
        ("POST", "/api/v1/consultations/{id}/silence", Target.Consultation),
        ("POST", "/api/v1/consultations/{id}/reply", Target.Consultation),
        // The public routes see published notices only: the foreign ones here are drafts (the receipt route takes no id at all).
        ("GET", "/api/v1/public/notices/{id}", Target.Notice),
        ("POST", "/api/v1/public/notices/{id}/comments", Target.Notice),
        ("GET", "/api/v1/public/notices/receipts/{code}", Target.Notice),
        ("GET", "/api/v1/decisions/{id}", Target.Decision),
        ("POST", "/api/v1/decisions/{id}/awardees/{awardeeId}/remove", Target.Decision),
        ("GET", "/api/v1/decisions/{id}/submission.docx", Target.Decision),
        ("GET", "/api/v1/decisions/{id}/decision.docx", Target.Decision),
        ("GET", "/api/v1/decisions/{id}/submission.pdf", Target.Decision),
        ("GET", "/api/v1/decisions/{id}/decision.pdf", Target.Decision),
        ("POST", "/api/v1/decisions/{id}/issue", Target.Decision),
        ("GET", "/api/v1/certificates/decisions/{id}", Target.Decision),
        ("GET", "/api/v1/certificates/decisions/{id}/certificates.pdf", Target.Decision),
        ("GET", "/api/v1/certificates/decisions/{id}/certificates.zip", Target.Decision),
        ("POST", "/api/v1/certificates/decisions/{id}/batches", Target.Decision),
        ("DELETE", "/api/v1/certificates/artwork/{id}", Target.Artwork),
        ("GET", "/api/v1/certificates/artwork/{id}/image", Target.Artwork),
        ("GET", "/api/v1/certificates/{id}/certificate.pdf", Target.Certificate),
        ("POST", "/api/v1/certificates/{id}/reissue", Target.Certificate),
        ("POST", "/api/v1/certificates/recoveries/{id}/recovered", Target.Recovery),
        ("GET", "/api/v1/verify/{code}", Target.PublicCode),
        ("GET", "/api/v1/nominations/dossiers/{id}", Target.Dossier),
        ("POST", "/api/v1/nominations/dossiers/{id}/nominees", Target.Dossier),
        ("DELETE", "/api/v1/nominations/dossiers/{id}/nominees/{nomineeId}", Target.Dossier),
        ("PUT", "/api/v1/nominations/dossiers/{id}/nominees/{nomineeId}/report", Target.Dossier),
        ("GET", "/api/v1/nominations/dossiers/{id}/nominees/{nomineeId}/proof", Target.Dossier),
        ("POST", "/api/v1/nominations/dossiers/{id}/attachments", Target.Dossier),
        ("GET", "/api/v1/nominations/dossiers/{id}/attachments/{attachmentId}", Target.Dossier),
        ("DELETE", "/api/v1/nominations/dossiers/{id}/attachments/{attachmentId}", Target.Dossier),
        ("POST", "/api/v1/nominations/dossiers/{id}/submit", Target.Dossier),
        ("POST", "/api/v1/nominations/dossiers/{id}/return", Target.Dossier),
        ("GET", "/api/v1/nominations/dossiers/{id}/consultations", Target.Dossier),
        ("POST", "/api/v1/nominations/dossiers/{id}/consultations", Target.Dossier),
        ("POST", "/api/v1/nominations/dossiers/{id}/accept", Target.Dossier),
        ("POST", "/api/v1/nominations/dossiers/{id}/withdraw", Target.Dossier),
        ("PUT", "/api/v1/people/{id}/ratings/2026", Target.Person), // a year is not an object id (see the last test)
        ("GET", "/api/v1/people/{id}/disciplines", Target.Person),
        ("POST", "/api/v1/award-records/{id}/withdrawal", Target.AwardRecord),
        ("GET", "/api/v1/award-records/{id}", Target.AwardRecord),
        ("POST", "/api/v1/award-records/{id}/correction", Target.AwardRecord),
        ("GET", "/api/v1/people/{id}/awards", Target.Person),
        ("GET", "/api/v1/units/{id}/awards", Target.Unit),
        ("POST", "/api/v1/people/{id}/disciplines", Target.Person),
        ("GET", "/api/v1/clusters/{id}", Target.Cluster),
        ("POST", "/api/v1/clusters/{id}/members", Target.Cluster),
        ("DELETE", "/api/v1/clusters/{id}/members/{unitId}", Target.Cluster),
        ("PUT", "/api/v1/clusters/{id}/leader", Target.Cluster),
        ("GET", "/api/v1/awards/kinds/{id}", Target.AwardKind),
        ("POST", "/api/v1/awards/kinds/{id}/versions", Target.AwardKind),
        ("POST", "/api/v1/me/notifications/{id}/read", Target.Notification),
        ("GET", "/api/v1/jobs/{id}", Target.Job),
        ("GET", "/api/v1/jobs/{id}/result", Target.Job),
        ("POST", "/api/v1/admin/jobs/{id}/retry", Target.AdminJob),
        ("GET", "/api/v1/contests/{id}", Target.Contest),
        ("PUT", "/api/v1/contests/{id}", Target.Contest),
        ("POST", "/api/v1/contests/{id}/open", Target.Contest),
        ("POST", "/api/v1/contests/{id}/teams", Target.Contest),
        ("GET", "/api/v1/contests/teams/{id}", Target.ContestTeam),
        ("POST", "/api/v1/contests/teams/{id}/accept", Target.ContestTeam),
        ("POST", "/api/v1/contests/teams/{id}/return", Target.ContestTeam),
        ("POST", "/api/v1/contests/teams/{id}/substitute", Target.ContestTeam),
        ("GET", "/api/v1/contests/{id}/judges", Target.Contest),
        ("POST", "/api/v1/contests/{id}/judges", Target.Contest),
        ("DELETE", "/api/v1/contests/{id}/judges/{judgeId}", Target.Contest),
        ("POST", "/api/v1/contests/{id}/judges/{judgeId}/conflicts", Target.Contest),
        ("GET", "/api/v1/contests/{id}/sheets/mine", Target.Contest),
        ("PUT", "/api/v1/contests/{id}/sheets/mine", Target.Contest),
        ("POST", "/api/v1/contests/{id}/sheets/paper", Target.Contest),
        ("GET", "/api/v1/contests/{id}/sheets/{sheetId}", Target.Contest),
        ("POST", "/api/v1/contests/{id}/sheets/{sheetId}/confirm", Target.Contest),
        ("POST", "/api/v1/contests/{id}/sheets/{sheetId}/correct", Target.Contest),
        ("GET", "/api/v1/contests/{id}/parts/{partId}/sheets", Target.Contest),
        ("PUT", "/api/v1/contests/{id}/parts/{partId}/attendance", Target.Contest),
        ("POST", "/api/v1/contests/{id}/parts/{partId}/close", Target.Contest),
        ("GET", "/api/v1/contests/{id}/quiz", Target.Contest),
        ("POST", "/api/v1/contests/{id}/questions", Target.Contest),
        ("GET", "/api/v1/contests/{id}/questions.xlsx", Target.Contest),
        ("POST", "/api/v1/contests/{id}/questions/import", Target.Contest),
        ("DELETE", "/api/v1/contests/{id}/questions/{questionId}", Target.Contest),
        ("POST", "/api/v1/contests/{id}/parts/{partId}/paper", Target.Contest),
        ("PUT", "/api/v1/contests/{id}/parts/{partId}/answers", Target.Contest),
        ("GET", "/api/v1/contests/{id}/rounds/{roundId}/standings", Target.Contest),
        ("GET", "/api/v1/public/contests/{id}/rules", Target.ContestRules),
        ("GET", "/api/v1/contests/{id}/rounds/{roundId}/board", Target.Contest),
        ("POST", "/api/v1/contests/{id}/rounds/{roundId}/board/freeze", Target.Contest),
        ("POST", "/api/v1/contests/{id}/rounds/{roundId}/board/reveal", Target.Contest),
        ("POST", "/api/v1/contests/{id}/rounds/{roundId}/board/final", Target.Contest),
        ("GET", "/api/v1/public/contests/{id}/board", Target.ContestRules),
        ("GET", "/api/v1/public/contests/{id}/board/stream", Target.ContestRules),
        ("GET", "/api/v1/contests/{id}/results", Target.Contest),
        ("PUT", "/api/v1/contests/{id}/prizes", Target.Contest),
        ("POST", "/api/v1/contests/{id}/results", Target.Contest),
        ("GET", "/api/v1/contests/{id}/results/certificates.pdf", Target.Contest),
        ("GET", "/api/v1/contests/{id}/results/decision.docx", Target.Contest),
        ("GET", "/api/v1/contests/{id}/results/decision.pdf", Target.Contest),
        ("GET", "/api/v1/public/contests/{id}/results", Target.ContestRules),
        ("POST", "/api/v1/contests/{id}/parts/{partId}/quiz/seats", Target.Contest),
        ("POST", "/api/v1/contests/{id}/parts/{partId}/quiz/start", Target.Contest),
        ("POST", "/api/v1/contests/{id}/parts/{partId}/quiz/pause", Target.Contest),
        ("POST", "/api/v1/contests/{id}/parts/{partId}/quiz/resume", Target.Contest),
        ("POST", "/api/v1/contests/{id}/parts/{partId}/quiz/extend", Target.Contest),
        ("GET", "/api/v1/contests/{id}/parts/{partId}/quiz/cards.pdf", Target.Contest),
        ("GET", "/api/v1/public/contests/quiz/{code}", Target.PublicCode),
        ("PUT", "/api/v1/public/contests/quiz/{code}/answers", Target.PublicCode),
        ("GET", "/api/v1/reports/forms/{id}", Target.ReportForm),
        ("GET", "/api/v1/reports/campaigns/{id}", Target.ReportCampaign),
        ("GET", "/api/v1/reports/campaigns/{id}/indicators/{code}", Target.ReportCampaign),
        ("GET", "/api/v1/reports/campaigns/{id}/xlsx", Target.ReportCampaign),
        ("GET", "/api/v1/reports/submissions/{id}/xlsx", Target.ReportSubmission),
        ("POST", "/api/v1/reports/submissions/{id}/import", Target.ReportSubmission),
        ("GET", "/api/v1/reports/submissions/{id}", Target.ReportSubmission),
        ("PUT", "/api/v1/reports/submissions/{id}", Target.ReportSubmission),
        ("POST", "/api/v1/reports/submissions/{id}/submit", Target.ReportSubmission),
        ("POST", "/api/v1/reports/submissions/{id}/accept", Target.ReportSubmission),
        ("POST", "/api/v1/reports/submissions/{id}/return", Target.ReportSubmission),
    ];

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Ids_from_a_sibling_department_or_another_tenant_answer_404_exactly_like_unknown_ids(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var w = await WorldAsync(app);
        using var officer = await app.ClientForAsync("thidua.stp");
        using var admin = await app.ClientForAsync("qtv.tinh"); // the calendar's writer: another province's entry is unknown to it
        var snapshot = await SnapshotAsync(app, w);

        foreach (var (method, route, target) in IdRoutes.Where(r => r.Target != Target.PublicCode))
        {
            var caller = target is Target.CalendarEntry or Target.AdminJob ? admin : officer;
            var unknown = await SendAsync(caller, method, route, Guid.NewGuid(), w);
            var expected = await unknown.ProblemAsync(HttpStatusCode.NotFound);
            var foreignIds = target switch
            {
                Target.Unit => new[] { w.Syt, w.OtherUnit },
                Target.Person => [w.SytPerson, w.OtherPerson],
                Target.Token => [w.SytToken, w.OtherToken],
                // A sibling department's document or launched movement is legitimately visible (the province's register);
                // a draft is not, outside the units where one manages movements.
                Target.Document => [w.OtherDocument],
                Target.Movement => [w.SytDraft, w.OtherMovement],
                Target.Model => [w.OtherModel],
                // The province's sets and rounds are seen by everyone in it; another province's are not, nor a sibling's assessment.
                Target.CriteriaSet => [w.OtherSet],
                Target.Round => [w.OtherRound],
                Target.Assessment => [w.SytAssessment, w.OtherAssessment],
                Target.CalendarEntry => [w.OtherCalendarEntry],
                Target.Cluster => [w.OtherCluster], // clusters are province data: every unit of the province reads them
                Target.AwardKind => [w.OtherAwardKind], // the catalogue is the province's: everyone in it reads it
                // An entry of the register is seen with ViewAwards on its unit: a sibling department's and another province's are unknown.
                Target.AwardRecord => [w.SytCertificate.AwardRecord, w.OtherCertificate.AwardRecord],
                Target.NominationRound => [w.OtherNominationRound], // rounds are the province's
                Target.Dossier => [w.SytDossier, w.OtherDossier], // a sibling's draft is its own; another province's is unknown
                // A council is seen by those who manage it or sit on it: a sibling's and another province's are unknown.
                Target.Council => [w.SytCouncil.Council, w.OtherCouncil.Council],
                Target.CouncilSession => [w.SytCouncil.Session, w.OtherCouncil.Session],
                Target.CouncilItem => [w.SytCouncil.Item, w.OtherCouncil.Item],
                // A notice is seen by those who manage it (ManageCouncil on its unit); drafts are not public.
                Target.Notice => [w.SytNotice.Notice, w.OtherNotice.Notice],
                Target.NoticeComment => [w.SytNotice.Comment, w.OtherNotice.Comment],
                // A decision is seen on its issuing unit: a sibling's and another province's are unknown.
                Target.Decision => [w.SytDecision.Decision, w.OtherDecision.Decision],
                // A consultation is seen with its dossier: a sibling's dossier and another province's are unknown.
                Target.Consultation => [w.SytConsultation, w.OtherConsultation],
                // A notification is its user's only: a colleague's and another province's user's are unknown.
                Target.Notification => [w.SytNotification, w.OtherNotification],
                // A job is seen by whoever started it and the province's administrators; the queue's retry is the administrators'.
                Target.Job => [w.SytJob, w.OtherJob],
                Target.AdminJob => [w.OtherJob],
                Target.Certificate => [w.SytCertificate.Certificate, w.OtherCertificate.Certificate],
                Target.Recovery => [w.SytCertificate.Recovery, w.OtherCertificate.Recovery],
                Target.Artwork => [w.SytArtwork, w.OtherArtwork], // a sibling department's images and another province's are unknown
                // An open contest is the province's (a sibling's is visible); a sibling's draft and another province's contest are unknown.
                Target.Contest => [w.SytDraftContest, w.OtherContest.Contest],
                Target.ContestTeam => [w.OtherContest.Team!.Value],
                Target.ContestRules => [w.SytDraftContest, w.OtherDraftContest],
                // Forms are the province's (everyone in it reads them); a campaign and a unit's report are seen by the units reporting and the campaign's unit.
                Target.ReportForm => [w.OtherReport.Form],
                Target.ReportCampaign => [w.SytReport.Campaign, w.OtherReport.Campaign],
                Target.ReportSubmission => [w.SytReport.Submission, w.OtherReport.Submission],
                _ => throw new InvalidOperationException($"Unknown target {target}."),
            };
            foreach (var id in foreignIds)
            {
                var problem = await (await SendAsync(caller, method, route, id, w)).ProblemAsync(HttpStatusCode.NotFound);
                problem.ShouldBe(expected, $"{method} {route} with {id}");
            }
        }

        (await SnapshotAsync(app, w)).ShouldBe(snapshot, "nothing outside the officer's scope changed");
        (await app.WithDbAsync(db => db.CalendarEntries.CountAsync(e => e.Id == w.OtherCalendarEntry))).ShouldBe(1);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Foreign_ids_inside_a_request_body_or_query_answer_404_too(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var w = await WorldAsync(app);
        using var officer = await app.ClientForAsync("thidua.stp");
        // A movement of the officer's own department, obliging it (to register people on).
        var own = await app.WithDbAsync(db => db.AddMovementAsync(w.Stp, w.DemoPlan, [w.Stp], launched: true));
        var snapshot = await SnapshotAsync(app, w);

        foreach (var unit in new[] { w.Syt, w.OtherUnit })
        {
            await (await officer.PostJsonAsync("/api/v1/people", PersonRequests.Valid("Người Mới", unit))).ProblemAsync(HttpStatusCode.NotFound);
            await (await officer.PostJsonAsync($"/api/v1/people/{w.OwnPerson}/transfer", new { toUnitId = unit })).ProblemAsync(HttpStatusCode.NotFound);
            await (await officer.GetAsync($"/api/v1/people?unitId={unit}")).ProblemAsync(HttpStatusCode.NotFound);
            await (await officer.GetAsync($"/api/v1/ratings?year=2025&unitId={unit}")).ProblemAsync(HttpStatusCode.NotFound);
            await (await officer.GetAsync($"/api/v1/units?unitId={unit}")).ProblemAsync(HttpStatusCode.NotFound);
            await (await officer.PostJsonAsync("/api/v1/units", new { code = "MOI", name = "Đơn vị mới", kindId = w.DeptKind, parentId = unit }))
                .ProblemAsync(HttpStatusCode.NotFound);
            await (await officer.PostJsonAsync("/api/v1/units/merge", new { sourceIds = new[] { unit }, targetId = w.Stp, effectiveOn = "2026-01-01" }))
                .ProblemAsync(HttpStatusCode.NotFound);
            await (await officer.PostJsonAsync($"/api/v1/movements/{w.DemoMovement}/plans", PlanRequest(unit))).ProblemAsync(HttpStatusCode.NotFound);
            // The demo movement is visible to everyone in the province; a unit outside the officer's scope is not.
            var registration = $"/api/v1/movements/{w.DemoMovement}/registrations/{unit}";
            await (await officer.GetAsync(registration)).ProblemAsync(HttpStatusCode.NotFound);
            await (await officer.PutJsonAsync(registration, RegistrationRequest())).ProblemAsync(HttpStatusCode.NotFound);
            await (await officer.PostJsonAsync(registration + "/people", new { personIds = new[] { w.SytPerson }, title = "LDTT" }))
                .ProblemAsync(HttpStatusCode.NotFound);
        }

        // A council for a unit outside the officer's scope: unknown, like an unknown unit.
        var noUnitForCouncil = await (await officer.PostJsonAsync("/api/v1/council/councils", new { unitId = Guid.NewGuid(), name = "Hội đồng", termFrom = "2026-01-01", termTo = "2026-12-31" }))
            .ProblemAsync(HttpStatusCode.NotFound);
        foreach (var unit in new[] { w.Syt, w.OtherUnit })
        {
            (await (await officer.PostJsonAsync("/api/v1/council/councils", new { unitId = unit, name = "Hội đồng", termFrom = "2026-01-01", termTo = "2026-12-31" }))
                .ProblemAsync(HttpStatusCode.NotFound)).ShouldBe(noUnitForCouncil);
        }

        // Another province's award in the prize calculator's query is unknown, like an unknown id.
        var noAward = await (await officer.GetAsync($"/api/v1/awards/prize?awardKindId={Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
        (await (await officer.GetAsync($"/api/v1/awards/prize?awardKindId={w.OtherAwardKind}")).ProblemAsync(HttpStatusCode.NotFound)).ShouldBe(noAward);

        // Eligibility: a foreign person or scope unit in the query is unknown, exactly like an unknown id.
        var worker = await app.WithDbAsync(db => db.AwardKinds.Where(k => k.Code == "lao-dong-tien-tien" && db.Units.Any(u => u.Id == w.Stp && u.TenantId == k.TenantId))
            .Select(k => k.Id).SingleAsync());
        var noPerson = await (await officer.GetAsync($"/api/v1/eligibility/sheet?awardKindId={worker}&personId={Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
        var noUnit = await (await officer.GetAsync($"/api/v1/eligibility/qualifies?awardKindId={worker}&unitId={Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
        foreach (var (person, unit) in new[] { (w.SytPerson, w.Syt), (w.OtherPerson, w.OtherUnit) })
        {
            (await (await officer.GetAsync($"/api/v1/eligibility/sheet?awardKindId={worker}&personId={person}")).ProblemAsync(HttpStatusCode.NotFound)).ShouldBe(noPerson);
            (await (await officer.GetAsync($"/api/v1/eligibility/qualifies?awardKindId={worker}&unitId={unit}")).ProblemAsync(HttpStatusCode.NotFound)).ShouldBe(noUnit);
        }

        (await (await officer.GetAsync($"/api/v1/eligibility/sheet?awardKindId={w.OtherAwardKind}&personId={w.OwnPerson}")).ProblemAsync(HttpStatusCode.NotFound))
            .ShouldBe(noAward);

        // Registering someone else's person on one's own unit: a foreign person is refused exactly like an unknown id.
        var people = $"/api/v1/movements/{own}/registrations/{w.Stp}/people";
        var unknown = await (await officer.PostJsonAsync(people, new { personIds = new[] { Guid.NewGuid() }, title = "LDTT" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        unknown.Code.ShouldBe("registration.person_unit");
        foreach (var person in new[] { w.SytPerson, w.OtherPerson })
        {
            var problem = await (await officer.PostJsonAsync(people, new { personIds = new[] { w.OwnPerson, person }, title = "LDTT" }))
                .ProblemAsync(HttpStatusCode.BadRequest);
            (problem.Code, problem.Detail, problem.AllText).ShouldBe((unknown.Code, unknown.Detail, unknown.AllText), $"registering {person}");
        }

        (await app.WithDbAsync(db => db.RegisteredPeople.AsNoTracking().CountAsync(p => db.Registrations.Any(r => r.Id == p.RegistrationId && r.MovementId == own))))
            .ShouldBe(0);

        // A rubric citing another province's document: refused exactly like an unknown id, nothing published.
        using var body = await app.ClientForAsync("bandanvan");
        var rubric = (Guid document) => new
        {
            effectiveFrom = "2099-01-01", citation = "Hướng dẫn thử", citationDocumentId = document, criteria = new[] { new { code = "a", name = "Tiêu chí A", maxScore = 10 } },
        };
        var unknownDocument = await (await body.PostJsonAsync("/api/v1/models/rubric", rubric(Guid.NewGuid()))).ProblemAsync(HttpStatusCode.NotFound);
        var foreignDocument = await (await body.PostJsonAsync("/api/v1/models/rubric", rubric(w.OtherDocument))).ProblemAsync(HttpStatusCode.NotFound);
        (foreignDocument.Code, foreignDocument.Detail).ShouldBe((unknownDocument.Code, unknownDocument.Detail));
        (await app.WithDbAsync(db => db.ModelRubrics.CountAsync(r => r.PublishedById != null))).ShouldBe(0);
        (await SnapshotAsync(app, w)).ShouldBe(snapshot);
        (await app.WithDbAsync(db => db.People.AsNoTracking().Where(p => p.Id == w.OwnPerson).Select(p => p.UnitId).SingleAsync())).ShouldBe(w.Stp);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Objects_in_view_scope_without_the_right_to_change_them_answer_403(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var w = await WorldAsync(app);
        using var officer = await app.ClientForAsync("thidua.stp"); // manages people, not units
        using var viewer = await app.ClientForAsync("xem");        // views everything, changes nothing

        var forbidden = new List<HttpResponseMessage>
        {
            await officer.PutJsonAsync($"/api/v1/units/{w.Stp}", new { code = "STP", name = "Sở Tư pháp (sửa)", kindId = w.DeptKind }),
            await officer.PostJsonAsync($"/api/v1/units/{w.Stp}/move", new { newParentId = w.Snv }),
            await officer.PostJsonAsync("/api/v1/units", new { code = "STP.MOI", name = "Phòng mới", kindId = w.DeptKind, parentId = w.Stp }),
            await viewer.PutJsonAsync($"/api/v1/people/{w.SytPerson}", PersonRequests.Valid("Tên Mới", w.Syt)),
            await viewer.PostJsonAsync($"/api/v1/people/{w.SytPerson}/transfer", new { toUnitId = w.Stp }),
            await viewer.PostJsonAsync("/api/v1/people", PersonRequests.Valid("Người Mới", w.Stp)),
            await viewer.PutJsonAsync($"/api/v1/documents/{w.DemoPlan}", DocumentRequest("45/KH-UBND")),
            await viewer.PostJsonAsync($"/api/v1/movements/{w.DemoMovement}/close", new { note = "Tổng kết" }),
        };

        foreach (var response in forbidden)
        {
            var problem = await response.ProblemAsync(HttpStatusCode.Forbidden);
            problem.Code.ShouldBe("forbidden");
            problem.Detail.ShouldBe("Bạn không có quyền thực hiện thao tác này.");
            response.Dispose();
        }

        (await viewer.GetAsync($"/api/v1/people/{w.SytPerson}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await viewer.GetAsync($"/api/v1/documents/{w.DemoPlan}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await viewer.GetAsync($"/api/v1/movements/{w.DemoMovement}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.WithDbAsync(db => db.Movements.AsNoTracking().Where(m => m.Id == w.DemoMovement).Select(m => m.Status).SingleAsync()))
            .ShouldBe(MovementStatus.Launched);
        (await app.WithDbAsync(db => db.Documents.AsNoTracking().Where(d => d.Id == w.DemoPlan).Select(d => d.Number).SingleAsync()))
            .ShouldBe("45/KH-UBND");
    }

    [Fact]
    public async Task Every_id_taking_api_route_is_in_the_table_above()
    {
        await using var app = await TestApp.StartAsync(Provider.Sqlite, pg, seedDemo: false);
        // A calendar year is a number every province has, not an object id: "{year:int}" reads as a year.
        static string? Raw(RouteEndpoint e) => e.RoutePattern.RawText?.Replace("{year:int}", "2026", StringComparison.Ordinal);
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => Raw(e) is { } raw && raw.StartsWith("/api/", StringComparison.Ordinal) && raw.Contains('{', StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(m => $"{m} {Raw(e)!.Replace(":guid", "", StringComparison.Ordinal)}"))
            .ToHashSet();

        routes.ShouldNotBeEmpty();
        var table = IdRoutes.Select(r => $"{r.Method} {r.Route}").ToHashSet();
        routes.Except(table).ShouldBeEmpty("id-taking API routes missing from IdorTests.IdRoutes: add them with a request body");
        table.Except(routes).ShouldBeEmpty("routes in IdorTests.IdRoutes that the app no longer maps");
    }

    private sealed record World(Guid Stp, Guid Snv, Guid Office, Guid OwnPerson, Guid DeptKind, Guid Syt, Guid SytPerson, Guid SytToken,
        Guid OtherUnit, Guid OtherPerson, Guid OtherToken)
    {
        public Guid DemoPlan { get; init; }
        public Guid DemoMovement { get; init; }
        public Guid SytDraft { get; init; }
        public Guid OtherDocument { get; init; }
        public Guid OtherAttachment { get; init; }
        public Guid OtherMovement { get; init; }
        public Guid OtherModel { get; init; }
        public Guid OtherSet { get; init; }
        public Guid OtherRound { get; init; }
        public Guid OtherAssessment { get; init; }
        public Guid SytAssessment { get; init; }
        public Guid OtherCalendarEntry { get; init; }
        public Guid SytNotification { get; init; }
        public Guid OtherNotification { get; init; }
        public Guid SytJob { get; init; }
        public Guid OtherJob { get; init; }
        public Guid OtherCluster { get; init; }
        public Guid OtherAwardKind { get; init; }
        public Guid OtherNominationRound { get; init; }
        public Guid OtherDossier { get; init; }
        public Guid SytDossier { get; init; }
        public Guid OtherConsultation { get; init; }
        public Guid SytConsultation { get; init; }
        public DanVan.Tests.Features.Reports.ReportData.Made SytReport { get; init; } = null!;
        public DanVan.Tests.Features.Reports.ReportData.Made OtherReport { get; init; } = null!;
        public DanVan.Tests.Features.Council.CouncilData.Made SytCouncil { get; init; } = null!;
        public DanVan.Tests.Features.Council.CouncilData.Made OtherCouncil { get; init; } = null!;
        public DanVan.Tests.Features.Notices.NoticeData.Made SytNotice { get; init; } = null!;
        public DanVan.Tests.Features.Notices.NoticeData.Made OtherNotice { get; init; } = null!;
        public DanVan.Tests.Features.Decisions.DecisionData.Made SytDecision { get; init; } = null!;
        public DanVan.Tests.Features.Decisions.DecisionData.Made OtherDecision { get; init; } = null!;
        public DanVan.Tests.Features.Certificates.CertificateData.Made SytCertificate { get; init; } = null!;
        public DanVan.Tests.Features.Certificates.CertificateData.Made OtherCertificate { get; init; } = null!;
        public Guid SytArtwork { get; init; }
        public Guid OtherArtwork { get; init; }
        public Guid SytDraftContest { get; init; }
        public Guid OtherDraftContest { get; init; }
        public DanVan.Tests.Features.Contests.ContestDb.Made OtherContest { get; init; } = null!;

        /// <summary>
        /// The further ids of a route, as an attacker would send them: the target's own attachment, its obliged unit and the
        /// person registered there (the caller's own unit and person when the target is not another tenant's).
        /// </summary>
        public string Url(string route, Guid id) => route.Replace("{id}", id.ToString(), StringComparison.Ordinal)
            .Replace("{attachmentId}", (id == OtherDocument ? OtherAttachment : Guid.NewGuid()).ToString(), StringComparison.Ordinal)
            .Replace("{unitId}", (id == OtherMovement ? OtherUnit : Stp).ToString(), StringComparison.Ordinal)
            .Replace("{personId}", Person(id).ToString(), StringComparison.Ordinal)
            .Replace("{evidenceId}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{nomineeId}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{awardeeId}", (id == SytDecision.Decision ? SytDecision.Awardee : id == OtherDecision.Decision ? OtherDecision.Awardee : Guid.NewGuid()).ToString(),
                StringComparison.Ordinal)
            .Replace("{photoId}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{judgeId}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{sheetId}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{partId}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{roundId}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{year:int}", "2025", StringComparison.Ordinal)
            .Replace("{code}", "ABCDEFGHJK", StringComparison.Ordinal);

        public Guid Person(Guid id) => id == OtherMovement ? OtherPerson : OwnPerson;
    }

    private static async Task<World> WorldAsync(TestApp app)
    {
        var other = await app.CreateTenantAsync("KHAC");
        var otherUnit = await app.CreateUnitAsync(other.RootId, other.DeptKindId, "KHAC.STP", "Sở Tư pháp tỉnh Khác");
        var otherPerson = await app.CreatePersonAsync(otherUnit, "Người Tỉnh Khác");
        await app.CreateUserAsync("thidua.khac", Role.UnitOfficer, otherUnit);
        (await app.ClientForAsync("thidua.khac")).Dispose();
        (await app.ClientForAsync("thidua.syt")).Dispose();
        return await app.WithDbAsync(async db =>
        {
            Task<Guid> TokenOf(string user) => db.AccessTokens.Where(t => db.Users.Any(u => u.Id == t.UserId && u.UserName == user))
                .Select(t => t.Id).FirstAsync();
            Task<Guid> Unit(string code) => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync();
            var stp = await Unit("STP");
            var syt = await Unit("SYT");
            // The demo movement launched by UBND tỉnh on its plan 45/KH-UBND (the communes' plans reuse the symbol: find it via the movement).
            var demo = await db.Movements.Where(m => m.Name.StartsWith("Phong trào thi đua “Dân vận khéo”") && m.Status == MovementStatus.Launched)
                .Select(m => new { m.Id, PlanDocumentId = m.PlanDocumentId!.Value }).SingleAsync();
            var demoPlan = demo.PlanDocumentId;

            // Another province's plan (with its file) and launched movement obliging its unit; a draft of Sở Y tế.
            var otherDocument = await db.AddDocumentAsync(otherUnit, "7/KH-STP", new DateOnly(2026, 3, 1));
            var otherFiled = await db.AddDocumentAsync(otherUnit, "8/KH-STP", new DateOnly(2026, 3, 2));
            var otherMovement = await db.AddMovementAsync(other.RootId, otherDocument, [otherUnit], launched: true);
            var obligation = await db.PlanObligations.SingleAsync(o => o.MovementId == otherMovement);
            obligation.File(otherFiled, "8/KH-STP", new DateOnly(2026, 3, 2), new Actor(Guid.Empty, "test", DateTime.UtcNow), VnTime.Today(db.Time)).ShouldBeNull();
            await db.SaveChangesAsync();

            // Its unit's draft registration, registering its person: what the registration routes would change.
            await db.AddRegistrationAsync(otherMovement, otherUnit, otherPerson);
            var (otherSet, otherRound, otherAssessment) = await db.AddAssessmentAsync(otherUnit, AssessmentStatus.Appealed);
            var (_, _, sytAssessment) = await db.AddAssessmentAsync(syt, AssessmentStatus.Appealed);
            return new World(stp, await Unit("SNV"), await Unit("STP.P1"),
                await db.People.Where(p => p.UnitId == stp).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(),
                await db.Units.Where(u => u.Id == stp).Select(u => u.KindId).SingleAsync(),
                syt, await db.People.Where(p => p.UnitId == syt).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(), await TokenOf("thidua.syt"),
                otherUnit, otherPerson, await TokenOf("thidua.khac"))
            {
                DemoPlan = demoPlan,
                DemoMovement = demo.Id,
                SytDraft = await db.AddMovementAsync(syt, demoPlan, [await Unit("SYT.P1")], launched: false),
                OtherDocument = otherDocument,
                OtherAttachment = await db.AddAttachmentAsync(otherDocument),
                OtherMovement = otherMovement,
                OtherModel = await db.AddModelAsync(otherUnit),
                OtherSet = otherSet,
                OtherRound = otherRound,
                OtherAssessment = otherAssessment,
                SytAssessment = sytAssessment,
                OtherCalendarEntry = await OtherCalendarEntryAsync(db, other.TenantId),
                OtherCluster = await AddClusterAsync(db, other.TenantId, otherUnit),
                OtherAwardKind = await AddAwardCatalogueAsync(db, other.TenantId),
                OtherNominationRound = (await DanVan.Tests.Features.Nominations.NominationData.AddDossierAsync(db, otherUnit, nominee: true)).Round,
                OtherDossier = (await DanVan.Tests.Features.Nominations.NominationData.AddDossierAsync(db, otherUnit, nominee: true, attachment: true)).Dossier,
                SytDossier = (await DanVan.Tests.Features.Nominations.NominationData.AddDossierAsync(db, syt, nominee: true, attachment: true)).Dossier,
                SytCouncil = await DanVan.Tests.Features.Council.CouncilData.AddCouncilAsync(db, syt),
                OtherCouncil = await DanVan.Tests.Features.Council.CouncilData.AddCouncilAsync(db, otherUnit),
                SytNotice = await DanVan.Tests.Features.Notices.NoticeData.AddNoticeAsync(db, syt, published: false),
                OtherNotice = await DanVan.Tests.Features.Notices.NoticeData.AddNoticeAsync(db, otherUnit, published: false),
                SytDecision = await DanVan.Tests.Features.Decisions.DecisionData.AddDecisionAsync(db, syt),
                OtherDecision = await DanVan.Tests.Features.Decisions.DecisionData.AddDecisionAsync(db, otherUnit),
                SytConsultation = await DanVan.Tests.Features.Consultations.ConsultationData.AddConsultationAsync(db,
                    (await DanVan.Tests.Features.Nominations.NominationData.AddDossierAsync(db, syt, heldBy: syt)).Dossier, syt),
                OtherConsultation = await DanVan.Tests.Features.Consultations.ConsultationData.AddConsultationAsync(db,
                    (await DanVan.Tests.Features.Nominations.NominationData.AddDossierAsync(db, otherUnit, heldBy: otherUnit)).Dossier, otherUnit),
                SytReport = await DanVan.Tests.Features.Reports.ReportData.AddReportAsync(db, syt, syt, DanVan.Features.Reports.ReportState.Submitted),
                OtherReport = await DanVan.Tests.Features.Reports.ReportData.AddReportAsync(db, otherUnit, otherUnit, DanVan.Features.Reports.ReportState.Submitted),
                SytNotification = await AddNotificationAsync(db, "thidua.syt"),
                OtherNotification = await AddNotificationAsync(db, "thidua.khac"),
                SytJob = await AddFailedJobAsync(db, "thidua.syt"),
                OtherJob = await AddFailedJobAsync(db, "thidua.khac"),
                SytCertificate = await DanVan.Tests.Features.Certificates.CertificateData.AddCertificateAsync(db, syt),
                OtherCertificate = await DanVan.Tests.Features.Certificates.CertificateData.AddCertificateAsync(db, otherUnit),
                SytArtwork = await DanVan.Tests.Features.Certificates.ArtworkData.AddArtworkAsync(db, syt),
                OtherArtwork = await DanVan.Tests.Features.Certificates.ArtworkData.AddArtworkAsync(db, otherUnit),
                SytDraftContest = (await DanVan.Tests.Features.Contests.ContestDb.AddContestAsync(db, syt, demoPlan, open: false)).Contest,
                OtherDraftContest = (await DanVan.Tests.Features.Contests.ContestDb.AddContestAsync(db, otherUnit, otherDocument, open: false)).Contest,
                OtherContest = await DanVan.Tests.Features.Contests.ContestDb.AddContestAsync(db, otherUnit, otherDocument, teamUnitId: otherUnit,
                    team: DanVan.Features.Contests.TeamState.Accepted),
            };
        });
    }

    /// <summary>A notification of the named user.</summary>
    private static async Task<Guid> AddNotificationAsync(AppDbContext db, string userName)
    {
        var user = await db.Users.SingleAsync(u => u.UserName == userName);
        var n = new DanVan.Features.Notifications.Notification(user.TenantId, user.Id, DanVan.Features.Notifications.NotificationKind.PlanOverdue,
            "Quá hạn", "Nội dung", "/Movements", $"idor:{Guid.CreateVersion7()}", DateTime.UtcNow);
        db.Notifications.Add(n);
        await db.SaveChangesAsync();
        return n.Id;
    }

    /// <summary>A failed job started by the named user in their province.</summary>
    private static async Task<Guid> AddFailedJobAsync(AppDbContext db, string userName)
    {
        var user = await db.Users.SingleAsync(u => u.UserName == userName);
        var job = DanVan.Infrastructure.Jobs.JobQueue.Add(db, "idor.thu", $"idor:{Guid.CreateVersion7()}", new { }, user.TenantId, user.Id, maxAttempts: 1);
        job.Start(DateTime.UtcNow, DateTime.UtcNow.AddMinutes(1));
        job.Fail("Lỗi thử", DateTime.UtcNow);
        await db.SaveChangesAsync();
        return job.Id;
    }

    /// <summary>Another province's award catalogue (the seeded one); answers one of its awards.</summary>
    private static async Task<Guid> AddAwardCatalogueAsync(AppDbContext db, Guid tenantId)
    {
        var kinds = DanVan.Features.Awards.AwardCatalogueSeed.Kinds(tenantId, new Actor(Guid.Empty, "thử", DateTime.UtcNow));
        db.AwardKinds.AddRange(kinds);
        await db.SaveChangesAsync();
        return kinds[0].Id;
    }

    /// <summary>Another province's calendars (the seeded years) and one of its 2026 entries.</summary>
    private static async Task<Guid> OtherCalendarEntryAsync(AppDbContext db, Guid tenantId)
    {
        db.WorkingDayCalendars.AddRange(DanVan.Features.Calendar.SeedCalendars.ForNewTenant(tenantId, DateTime.UtcNow));
        await db.SaveChangesAsync();
        return await db.CalendarEntries.Where(e => e.TenantId == tenantId && e.Date == new DateOnly(2026, 4, 30)).Select(e => e.Id).SingleAsync();
    }

    /// <summary>Another province's cluster with its unit as a member.</summary>
    private static async Task<Guid> AddClusterAsync(AppDbContext db, Guid tenantId, Guid unitId)
    {
        var by = new Actor(Guid.Empty, "test", DateTime.UtcNow);
        var cluster = DanVan.Features.Clusters.EmulationCluster.Create(tenantId, 2026, DanVan.Features.Clusters.ClusterKind.Cluster, "Cụm tỉnh khác", null, by);
        cluster.AddMember(unitId, by).ShouldBeNull();
        db.EmulationClusters.Add(cluster);
        await db.SaveChangesAsync();
        return cluster.Id;
    }

    private static MultipartFormDataContent EvidenceForm(string? criterion = null)
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(MovementData.Pdf), "file", "minh-chung.pdf");
        if (criterion is not null)
        {
            form.Add(new StringContent(criterion), "criterion");
        }

        return form;
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string route, Guid id, World w)
    {
        var url = w.Url(route, id);
        return (method, route) switch
        {
            ("GET", _) => client.GetAsync(url),
            ("DELETE", _) => client.DeleteAsync(url),
            ("PUT", "/api/v1/units/{id}") => client.PutJsonAsync(url, new { code = "DOI-MA", name = "Tên mới", kindId = w.DeptKind }),
            ("POST", "/api/v1/units/{id}/move") => client.PostJsonAsync(url, new { newParentId = w.Stp }),
            ("POST", "/api/v1/units/{id}/dissolve") => client.PostJsonAsync(url, new { effectiveOn = "2026-07-01", basis = "1/NQ-HĐND", successorId = w.Office }),
            ("POST", "/api/v1/units/{id}/split") => client.PostJsonAsync(url, new
            {
                effectiveOn = "2026-07-01", basis = "1/NQ-HĐND", parts = new[] { new { successorId = w.Office }, new { successorId = w.Stp } },
            }),
            ("POST", "/api/v1/units/{id}/transfer-part") => client.PostJsonAsync(url, new
            {
                toId = w.Office, effectiveOn = "2026-07-01", basis = "1/NQ-HĐND", description = "Thôn Đông",
            }),
            ("POST", "/api/v1/units/{id}/pending-handover/cancel") => client.PostJsonAsync(url, new { reason = "Quyết định bị thu hồi" }),
            ("POST", "/api/v1/award-records/{id}/withdrawal") => client.PostJsonAsync(url, new { reason = "Ghi nhầm" }),
            ("POST", "/api/v1/award-records/{id}/correction") => client.PostJsonAsync(url, new
            {
                awardKindId = Guid.NewGuid(), year = 2023, type = "Regular", decisionNumber = "1/QĐ", decisionDate = "2024-12-20", reason = "Ghi nhầm",
            }),
            ("PUT", "/api/v1/people/{id}") => client.PutJsonAsync(url, PersonRequests.Valid("Tên Mới", w.Stp)),
            ("POST", "/api/v1/people/{id}/transfer") => client.PostJsonAsync(url, new { toUnitId = w.Office }),
            ("PUT", "/api/v1/documents/{id}") => client.PutJsonAsync(url, DocumentRequest("99/KH-STP")),
            ("PUT", "/api/v1/models/{id}") => client.PutJsonAsync(url, new { name = "Đổi tên", field = "Economy" }),
            ("POST", "/api/v1/models/{id}/transitions") => client.PostJsonAsync(url, new { action = "Register" }),
            ("POST", "/api/v1/models/{id}/progress") => client.PostJsonAsync(url, new { reportedOn = "2026-05-01", narrative = "Tiến độ" }),
            ("POST", "/api/v1/models/{id}/publish") => client.PostJsonAsync(url, new { published = true }),
            ("POST", "/api/v1/models/{id}/reviews") => client.PostJsonAsync(url, new { scores = new { truthful = 8, effective = 8, sustainable = 8, replicable = 8 } }),
            ("POST", "/api/v1/models/{id}/evidence") => client.PostAsync(url, EvidenceForm()),
            ("POST", "/api/v1/assessment/units/{id}/evidence") => client.PostAsync(url, EvidenceForm("1")),
            ("POST", "/api/v1/assessment/units/{id}/evidence/link") => client.PostJsonAsync(url, new { criterion = "1", kind = "Model", recordId = w.OtherModel }),
            ("POST", "/api/v1/documents/{id}/attachments") => client.PostAsync(url, PdfUpload()),
            ("PUT", "/api/v1/movements/{id}") => client.PutJsonAsync(url, new
            {
                name = "Phong trào đổi tên", year = 2027, form = "Thematic", launchingUnitId = w.Stp, startsOn = "2027-01-15", planDeadline = "2027-03-01",
                participants = new[] { new { unitId = w.Office, includeDescendants = false } },
            }),
            ("POST", "/api/v1/movements/{id}/launch" or "/api/v1/movements/{id}/close") => client.PostJsonAsync(url, new { note = "Thử" }),
            ("POST", "/api/v1/movements/{id}/plans") => client.PostJsonAsync(url, PlanRequest(w.Stp)),
            ("POST", "/api/v1/movements/{id}/plans/{unitId}/waive" or "/api/v1/movements/{id}/plans/{unitId}/lift-waiver") =>
                client.PostJsonAsync(url, new { reason = "Đơn vị đã sáp nhập" }),
            ("PUT", "/api/v1/movements/{id}/reminders") => client.PutJsonAsync(url, new { reminderDays = 4, escalationDays = 3 }),
            ("POST", "/api/v1/movements/{id}/plans/extend") => client.PostJsonAsync(url, new
            {
                allOpen = true, reason = "Gia hạn thử",
                until = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            }),
            ("PUT", "/api/v1/movements/{id}/registrations/{unitId}") => client.PutJsonAsync(url, RegistrationRequest()),
            ("POST", "/api/v1/movements/{id}/registrations/{unitId}/people") => client.PostJsonAsync(url, new { personIds = new[] { w.Person(id) }, title = "LDTT" }),
            ("POST", "/api/v1/movements/{id}/registrations/{unitId}/approve") => client.PostAsync(url, null),
            ("PUT", "/api/v1/people/{id}/ratings/2026") => client.PutJsonAsync(url, new { level = "Good" }),
            ("POST", "/api/v1/people/{id}/disciplines") => client.PostJsonAsync(url, new
            {
                kind = "Reprimand", decisionNumber = "9/QĐ-THU", decisionDate = "2025-03-01", from = "2025-03-02",
            }),
            ("POST", "/api/v1/clusters/{id}/members") => client.PostJsonAsync(url, new { unitId = w.Stp }),
            ("PUT", "/api/v1/clusters/{id}/leader") => client.PutJsonAsync(url, new { leaderUnitId = w.Stp }),
            ("POST", "/api/v1/awards/kinds/{id}/versions") => client.PostJsonAsync(url,
                new { effectiveFrom = "2027-01-01", authorities = new[] { "UnitHead" }, citation = "Quyết định thử" }),
            ("POST", "/api/v1/movements/{id}/registrations/{unitId}/reopen") => client.PostJsonAsync(url, new
            {
                until = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            }),
            ("PUT", "/api/v1/assessment/criteria-sets/{id}") => client.PutJsonAsync(url, DanVan.Tests.Features.Assessments.AssessmentFlowTests.Set(2090)),
            ("POST", "/api/v1/assessment/criteria-sets/{id}/copy") => client.PostAsync(url + "?year=2091", null),
            ("POST", "/api/v1/assessment/rounds/{id}/decide") => client.PostJsonAsync(url, new { decisionDocumentId = w.OtherDocument }),
            ("PUT", "/api/v1/assessment/units/{id}/self") => client.PutJsonAsync(url, new { scores = new[] { new { code = "1", points = 9 } } }),
            ("POST", "/api/v1/assessment/units/{id}/submit") => client.PostAsync(url, null),
            ("POST", "/api/v1/assessment/units/{id}/return") => client.PostJsonAsync(url, new { note = "Trả lại thử" }),
            ("PUT", "/api/v1/assessment/units/{id}/appraisal") => client.PutJsonAsync(url, new { scores = new[] { new { code = "1", points = 1, reason = "Thử" } } }),
            ("POST", "/api/v1/assessment/units/{id}/appeal") => client.PostJsonAsync(url, new { arguments = new Dictionary<string, string> { ["1"] = "Thử" } }),
            ("POST", "/api/v1/assessment/units/{id}/appeal/answer") => client.PostJsonAsync(url, new
            {
                answers = new[] { new { code = "1", points = 10, reason = "Thử" } },
            }),
            ("POST", "/api/v1/council/councils/{id}/members") => client.PostJsonAsync(url, new { personId = w.OwnPerson, role = "Member" }),
            ("POST", "/api/v1/council/councils/{id}/sessions") => client.PostJsonAsync(url, new { date = "2026-06-02", place = "Phòng họp" }),
            ("POST", "/api/v1/council/sessions/{id}/agenda") => client.PostJsonAsync(url, new { roundId = w.OtherNominationRound }),
            ("PUT", "/api/v1/council/sessions/{id}/agenda/order") => client.PutJsonAsync(url, new { itemIds = new[] { Guid.NewGuid() } }),
            ("PUT", "/api/v1/council/sessions/{id}/attendance") => client.PutJsonAsync(url, new { memberId = Guid.NewGuid(), status = "Present" }),
            ("POST", "/api/v1/council/sessions/{id}/open" or "/api/v1/council/sessions/{id}/close" or "/api/v1/council/items/{id}/open"
                or "/api/v1/council/items/{id}/close") => client.PostJsonAsync(url, new { }),
            ("POST", "/api/v1/council/items/{id}/conflicts") => client.PostJsonAsync(url, new { memberId = Guid.NewGuid(), reason = "Thử" }),
            ("POST", "/api/v1/council/items/{id}/ballots") => client.PostJsonAsync(url, new { choice = "Yes" }),
            ("POST", "/api/v1/council/items/{id}/written-opinions") => client.PostJsonAsync(url, new { memberId = Guid.NewGuid(), choice = "Yes" }),
            ("POST", "/api/v1/council/items/{id}/paper-counts") => client.PostJsonAsync(url, new { issued = 1, returned = 1, valid = 1, yes = 1, no = 0, abstain = 0 }),
            ("POST", "/api/v1/notices/{id}/publish") => client.PostJsonAsync(url, new { }),
            ("POST", "/api/v1/notices/comments/{id}/disposition") => client.PostJsonAsync(url, new { disposition = "NotRelated", reason = "Thử" }),
            ("POST", "/api/v1/public/notices/{id}/comments") => client.PostJsonAsync(url, new { name = "Người Thử", contact = "0905123456", content = "Ý kiến thử" }),
            ("POST", "/api/v1/nominations/rounds/{id}/close") => client.PostAsync(url, null),
            ("POST", "/api/v1/nominations/rounds/{id}/dossiers") => client.PostJsonAsync(url, new { unitId = w.Stp }),
            ("POST", "/api/v1/nominations/rounds/{id}/accept") => client.PostJsonAsync(url, new { dossierIds = new[] { w.OtherDossier } }),
            ("POST", "/api/v1/nominations/dossiers/{id}/nominees") => client.PostJsonAsync(url, new { personId = w.OwnPerson, awardKindId = w.OtherAwardKind, year = 2026 }),
            ("PUT", "/api/v1/nominations/dossiers/{id}/nominees/{nomineeId}/report") => client.PutJsonAsync(url, new { narrative = "Thành tích" }),
            ("POST", "/api/v1/nominations/dossiers/{id}/attachments") => client.PostAsync(url, PdfUpload()),
            ("POST", "/api/v1/nominations/dossiers/{id}/submit" or "/api/v1/nominations/dossiers/{id}/accept"
                or "/api/v1/nominations/dossiers/{id}/withdraw") => client.PostJsonAsync(url, new { note = "Thử" }),
            ("POST", "/api/v1/nominations/dossiers/{id}/return") => client.PostJsonAsync(url, new { items = new[] { new { requirement = "Other", reason = "Thử" } } }),
            ("POST", "/api/v1/decisions/{id}/awardees/{awardeeId}/remove") => client.PostJsonAsync(url, new { reason = "Thử" }),
            ("POST", "/api/v1/decisions/{id}/issue") => client.PostAsync(url, DanVan.Tests.Features.Decisions.DecisionFlowTests.Form(
                DanVan.Tests.Features.Decisions.DecisionFlowTests.SignedPdf, "qd.pdf")),
            ("POST", "/api/v1/me/notifications/{id}/read") => client.PostAsync(url, null),
            ("POST", "/api/v1/nominations/dossiers/{id}/consultations") => client.PostJsonAsync(url, new { body = "Công an tỉnh", question = "Thử" }),
            ("POST", "/api/v1/consultations/{id}/answer") => client.PostJsonAsync(url, new { opinion = "Agree", answeredOn = new DateOnly(2026, 1, 5) }),
            ("POST", "/api/v1/consultations/{id}/silence") => client.PostAsync(url, null),
            ("POST", "/api/v1/certificates/decisions/{id}/batches") => client.PostJsonAsync(url, new { format = "Zip" }),
            ("POST", "/api/v1/consultations/{id}/reply") => client.PostJsonAsync(url, new { opinion = "Agree" }),
            ("POST", "/api/v1/admin/jobs/{id}/retry") => client.PostAsync(url, null),
            ("POST", "/api/v1/certificates/{id}/reissue") => client.PostJsonAsync(url, new { reason = "Thử" }),
            ("POST", "/api/v1/certificates/recoveries/{id}/recovered") => client.PostJsonAsync(url, new { note = "Thử" }),
            ("PUT", "/api/v1/contests/{id}") => client.PutJsonAsync(url, new { name = "Hội thi thử" }),
            ("POST", "/api/v1/contests/{id}/open") => client.PostAsync(url, null),
            ("POST", "/api/v1/contests/{id}/teams") => client.PostJsonAsync(url, new { unitId = w.Stp, members = new[] { new { personId = w.OwnPerson, role = "Captain" } } }),
            ("POST", "/api/v1/contests/teams/{id}/accept") => client.PostJsonAsync(url, new { }),
            ("POST", "/api/v1/contests/teams/{id}/return") => client.PostJsonAsync(url, new { reason = "Thử" }),
            ("POST", "/api/v1/contests/teams/{id}/substitute") => client.PostJsonAsync(url, new { outPersonId = w.OtherPerson, inPersonId = w.OwnPerson, reason = "Thử" }),
            ("POST", "/api/v1/contests/{id}/judges") => client.PostJsonAsync(url, new { roundId = Guid.NewGuid(), userId = Guid.NewGuid(), name = "Khách", organisation = "Báo" }),
            ("POST", "/api/v1/contests/{id}/judges/{judgeId}/conflicts") => client.PostJsonAsync(url, new { teamId = Guid.NewGuid(), reason = "Thử" }),
            ("PUT", "/api/v1/contests/{id}/sheets/mine") or ("POST", "/api/v1/contests/{id}/sheets/paper") => method == "PUT"
                ? client.PutJsonAsync(url, new { partId = Guid.NewGuid(), teamId = Guid.NewGuid(), points = Array.Empty<object>() })
                : client.PostJsonAsync(url, new { partId = Guid.NewGuid(), teamId = Guid.NewGuid(), judgeId = Guid.NewGuid(), points = Array.Empty<object>() }),
            ("POST", "/api/v1/contests/{id}/sheets/{sheetId}/confirm") => client.PostJsonAsync(url, new { points = Array.Empty<object>() }),
            ("POST", "/api/v1/contests/{id}/sheets/{sheetId}/correct") => client.PostJsonAsync(url, new { points = Array.Empty<object>(), reason = "Thử" }),
            ("PUT", "/api/v1/contests/{id}/parts/{partId}/attendance") => client.PutJsonAsync(url, new { teamId = Guid.NewGuid(), noShow = true }),
            ("POST", "/api/v1/contests/{id}/questions") => client.PostJsonAsync(url, new { text = "Câu hỏi?", options = new[] { "Có", "Không" }, correct = "A", source = "Luật" }),
            ("POST", "/api/v1/contests/{id}/parts/{partId}/paper") => client.PostJsonAsync(url, new { count = 1 }),
            ("PUT", "/api/v1/contests/{id}/parts/{partId}/answers") => client.PutJsonAsync(url, new { teamId = Guid.NewGuid(), answers = "A" }),
            ("POST", "/api/v1/contests/{id}/parts/{partId}/close" or "/api/v1/contests/{id}/parts/{partId}/quiz/seats"
                or "/api/v1/contests/{id}/parts/{partId}/quiz/start" or "/api/v1/contests/{id}/parts/{partId}/quiz/resume") => client.PostAsync(url, null),
            ("POST", "/api/v1/contests/{id}/parts/{partId}/quiz/pause" or "/api/v1/contests/{id}/parts/{partId}/quiz/extend") =>
                client.PostJsonAsync(url, new { minutes = 2, reason = "Thử" }),
            ("POST", "/api/v1/contests/{id}/rounds/{roundId}/board/freeze" or "/api/v1/contests/{id}/rounds/{roundId}/board/reveal"
                or "/api/v1/contests/{id}/rounds/{roundId}/board/final") => client.PostAsync(url, null),
            ("PUT", "/api/v1/contests/{id}/prizes") => client.PutJsonAsync(url, new { basis = "Kế hoạch", prizes = new[] { new { name = "Giải Nhất", subject = "Team", count = 1, amount = 1 } } }),
            ("POST", "/api/v1/contests/{id}/results") => client.PostJsonAsync(url, new { number = "1/QĐ-SNV", issueDate = new DateOnly(2026, 12, 1), signerTitle = "Giám đốc",
                signerName = "Thử", awards = new[] { new { prizeId = Guid.NewGuid(), teamId = Guid.NewGuid() } } }),
            ("PUT", "/api/v1/reports/submissions/{id}") => client.PutJsonAsync(url, new { values = new[] { new { code = "1", value = "5" } } }),
            ("POST", "/api/v1/reports/submissions/{id}/submit") => client.PostJsonAsync(url, new { values = new[] { new { code = "1", value = "5" } } }),
            ("POST", "/api/v1/reports/submissions/{id}/accept") => client.PostAsync(url, null),
            ("POST", "/api/v1/reports/submissions/{id}/import") or ("POST", "/api/v1/contests/{id}/questions/import") => client.PostAsync(url, PdfUpload()),
            ("POST", "/api/v1/reports/submissions/{id}/return") => client.PostJsonAsync(url, new { reasons = new Dictionary<string, string> { ["1"] = "Sai" } }),
            _ => throw new InvalidOperationException($"No request body defined for {method} {route}."),
        };
    }

    private static object RegistrationRequest() => new
    {
        titles = new[] { "TTLDXS" }, models = new[] { new { name = "Mô hình thử", field = "Economy" } }, commitments = "Cam kết của người ngoài",
    };

    private static object DocumentRequest(string number) => new
    {
        number, type = "Plan", issuerName = "Sở Tư pháp", issueDate = "2026-03-01", title = "Trích yếu đã sửa",
    };

    private static object PlanRequest(Guid unitId) => new
    {
        unitId, number = "98/KH-STP", issueDate = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        title = "Triển khai phong trào thi đua “Dân vận khéo”",
    };

    private static MultipartFormDataContent PdfUpload()
    {
        var file = new ByteArrayContent(MovementData.Pdf);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent { { file, "file", "ke-hoach.pdf" } };
    }

    /// <summary>What an IDOR would change: names, units and parents of the foreign rows, and the foreign tokens' revocation.</summary>
    private static Task<string> SnapshotAsync(TestApp app, World w) => app.WithDbAsync(async db =>
    {
        var units = await db.Units.AsNoTracking().Where(u => u.Id == w.Syt || u.Id == w.OtherUnit)
            .OrderBy(u => u.Code).Select(u => u.Code + "|" + u.Name + "|" + u.Path + "|" + u.ParentId).ToListAsync();
        var people = await db.People.AsNoTracking().Where(p => p.Id == w.SytPerson || p.Id == w.OtherPerson)
            .OrderBy(p => p.FullName).Select(p => p.FullName + "|" + p.UnitId).ToListAsync();
        var tokens = await db.AccessTokens.AsNoTracking().Where(t => t.Id == w.SytToken || t.Id == w.OtherToken)
            .Select(t => t.RevokedAt).ToListAsync();
        var documents = await db.Documents.AsNoTracking().Where(d => d.Id == w.OtherDocument)
            .Select(d => d.Number + "|" + d.Title + "|" + d.OwnerUnitId).ToListAsync();
        var movements = await db.Movements.AsNoTracking().Where(m => m.Id == w.SytDraft || m.Id == w.OtherMovement || m.Id == w.DemoMovement)
            .OrderBy(m => m.Id).Select(m => m.Name + "|" + m.Status + "|" + m.StartsOn).ToListAsync();
        var obligations = await db.PlanObligations.AsNoTracking()
            .Where(o => o.MovementId == w.OtherMovement || (o.MovementId == w.DemoMovement && o.UnitId == w.Syt))
            .OrderBy(o => o.Id).Select(o => o.UnitId + "|" + o.PlanDocumentId + "|" + o.FiledOn).ToListAsync();
        var registrations = await db.Registrations.AsNoTracking()
            .Where(r => r.MovementId == w.OtherMovement || (r.MovementId == w.DemoMovement && r.UnitId == w.Syt))
            .OrderBy(r => r.Id).Select(r => new { r.UnitId, r.Status, r.Titles, r.Commitments, r.ReopenedUntil, r.ApprovedAt }).ToListAsync();
        var registered = await db.RegisteredPeople.AsNoTracking()
            .Where(p => db.Registrations.Any(r => r.Id == p.RegistrationId && r.MovementId == w.OtherMovement))
            .OrderBy(p => p.Id).Select(p => p.PersonId + "|" + p.Title).ToListAsync();
        var counts = new[]
        {
            await db.Documents.CountAsync(), await db.DocumentAttachments.CountAsync(), await db.Movements.CountAsync(),
            await db.MovementParticipants.CountAsync(), await db.MovementEvents.CountAsync(),
            await db.PlanObligations.CountAsync(o => o.PlanDocumentId != null),
            await db.Registrations.CountAsync(), await db.RegisteredPeople.CountAsync(), await db.PlannedModels.CountAsync(),
            await db.Registrations.CountAsync(r => r.Status == RegistrationStatus.Approved),
            await db.DvkModels.CountAsync(), await db.ModelEvents.CountAsync(), await db.ModelProgress.CountAsync(), await db.ModelEvidence.CountAsync(),
            await db.ModelReviews.CountAsync(),
            await db.CriteriaSets.CountAsync(), await db.AssessmentRounds.CountAsync(), await db.AssessmentEvents.CountAsync(), await db.UnitRatings.CountAsync(),
            await db.UnitAssessments.CountAsync(a => a.Status == AssessmentStatus.Appealed),
            await db.PersonRatings.CountAsync(), await db.PersonRatingChanges.CountAsync(), await db.Disciplines.CountAsync(),
            await db.ClusterMembers.CountAsync(), await db.ClusterEvents.CountAsync(),
            await db.Councils.CountAsync(), await db.CouncilMembers.CountAsync(), await db.CouncilSessions.CountAsync(), await db.AgendaItems.CountAsync(),
            await db.CouncilSessions.CountAsync(x => x.State == DanVan.Features.Council.SessionState.Open), await db.AgendaItems.CountAsync(i => i.State != DanVan.Features.Council.ItemState.Pending),
            await db.Recusals.CountAsync(), await db.Ballots.CountAsync(), await db.BallotParticipations.CountAsync(), await db.PaperCounts.CountAsync(),
            await db.PublicNotices.CountAsync(n => n.State == DanVan.Features.Notices.NoticeState.Published), await db.NoticeComments.CountAsync(),
            await db.CommentDispositions.CountAsync(),
            await db.Notifications.CountAsync(n => n.ReadAt != null), await db.Jobs.CountAsync(j => j.Status != DanVan.Infrastructure.Jobs.JobStatus.Failed),
            await db.Contests.CountAsync(c => c.Status == DanVan.Features.Contests.ContestStatus.Open), await db.ContestEvents.CountAsync(),
            await db.ContestTeams.CountAsync(t => t.State == DanVan.Features.Contests.TeamState.Accepted), await db.ContestMembers.CountAsync(m => m.Active),
        };
        var models = await db.DvkModels.AsNoTracking().Where(m => m.Id == w.OtherModel).Select(m => m.Name + "|" + m.Status + "|" + m.Field).ToListAsync();
        return string.Join("\n", units.Concat(people).Concat(tokens.Select(r => r?.ToString("O") ?? "active"))
            .Concat(documents).Concat(movements).Concat(obligations).Concat(registrations.Select(r => r.ToString())).Concat(registered).Concat(models).Append(string.Join(",", counts)));
    });
}
