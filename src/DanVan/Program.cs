using System.Text;
using DanVan;
using DanVan.Features.Accounts;
using DanVan.Features.Assessments;
using DanVan.Features.Awards;
using DanVan.Features.Decisions;
using DanVan.Features.Eligibility;
using DanVan.Features.Calendar;
using DanVan.Features.Certificates;
using DanVan.Features.Clusters;
using DanVan.Features.Consultations;
using DanVan.Features.Contests;
using DanVan.Features.Council;
using DanVan.Features.Documents;
using DanVan.Features.Models;
using DanVan.Features.Movements;
using DanVan.Features.Nominations;
using DanVan.Features.Notices;
using DanVan.Features.People;
using DanVan.Features.Public;
using DanVan.Features.Ratings;
using DanVan.Features.Registrations;
using DanVan.Features.Units;
using DanVan.Features.Reports;
using DanVan.Features.Work;
using DanVan.Features.Admin.Jobs;
using DanVan.Features.Notifications;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Jobs;
using DanVan.Infrastructure.Pdf;
using DanVan.Infrastructure.Web;

// Operations verbs on the same binary: `migrate`, `seed-demo`, `verify-audit`, `check-invariants`, `create-tenant`, `generate`, `backup`, `restore`, `sweep-files`, `apply-handovers` (see README).
// A verb is the first argument; its own arguments follow it up to the first --option (e.g. `--urls http://…`).
var verb = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : null;
var positional = verb is null ? [] : args.TakeWhile(a => !a.StartsWith('-')).ToArray();
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance); // ExcelDataReader needs it, even for xlsx

var builder = WebApplication.CreateBuilder(args.Skip(positional.Length).ToArray());
builder.Configuration.AddEnvironmentVariables("DANVAN_");
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
{
    builder.WebHost.UseUrls("http://localhost:5080");
}

builder.Services.AddDanVanData(builder.Configuration);
builder.Services.AddDanVanWeb(builder.Configuration);
builder.Services.AddScoped<DanVan.Features.Shared.Navigation>();
// Each feature wires its own services and states its pages' permissions.
builder.Services.AddAccounts();
builder.Services.AddUnits();
builder.Services.AddPeople();
builder.Services.AddDocuments();
builder.Services.AddMovements();
builder.Services.AddRegistrations();
builder.Services.AddModels();
builder.Services.AddCalendar(); // the working-day calendar every deadline counts with (ADR 0020)
builder.Services.AddRatings();
builder.Services.AddClusters();
builder.Services.AddAwards(); // the award catalogue, base salaries, prizes (ADR 0023)
builder.Services.AddEligibility(); // proof sheets and "who qualifies"
builder.Services.AddAwardRecords(); // the award register (issue 14 §4)
builder.Services.AddNominations(); // nomination rounds and dossiers routed up the levels (issue 14 §3)
builder.Services.AddCouncil(); // the council: members, sessions, conflicts, ballots (issue 15 §1)
builder.Services.AddNotices(); // public notice and comment before the council (issue 15 §2)
builder.Services.AddContests(); // hội thi: rules, teams (issue 17)
builder.Services.AddConsultations(); // lấy ý kiến on a dossier, 10 working days (issue 14 §3)
builder.Services.AddPdf(builder.Configuration); // HTML → PDF through one long-lived headless Chromium (ADR 0027)
builder.Services.AddDecisions(); // Tờ trình and Quyết định, issuing, the award register (issue 15 §3)
builder.Services.AddCertificates(); // certificates with QR verification, revocation and recovery (issue 15 §4)
builder.Services.AddWorkList() // the home page's work list: one provider per feature, in this order on equal deadlines
    .AddWorkProvider<PlansToFileWork>()
    .AddWorkProvider<RegistrationsToApproveWork>()
    .AddWorkProvider<ModelsToReviewWork>()
    .AddWorkProvider<AssessmentsWork>()
    .AddWorkProvider<NominationsWork>()
    .AddWorkProvider<CommentsWork>()
    .AddWorkProvider<DecisionsWork>()
    .AddWorkProvider<ConsultationsWork>()
    .AddWorkProvider<RecoveriesWork>()
    .AddWorkProvider<ReportsWork>()
    .AddWorkProvider<ContestsWork>()
    .AddWorkProvider<ObligationNoticesWork>();
builder.Services.AddJobs(builder.Configuration); // the durable job runner on our own tables (ADR 0028)
builder.Services.AddNotifications(builder.Configuration); // in-app notifications, e-mail, digests, plan reminders (issue 16 §2)
builder.Services.AddPublicOutputCache();
builder.Services.AddHostedService<DanVan.Infrastructure.Audit.AuditCheckpointService>();
builder.Services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.Converters.Add(new StrictEnumJsonConverter());
    o.SerializerOptions.Converters.Add(new NfcJsonConverter());
});

var app = builder.Build();

try
{
    switch (verb)
    {
        case "migrate":
            await Startup.MigrateAsync(app.Services);
            await Startup.SeedCalendarsAsync(app.Services);
            return;
        case "seed-demo":
            await Startup.MigrateAsync(app.Services);
            await Startup.SeedAsync(app.Services, force: true);
            return;
        case "verify-audit":
            Environment.ExitCode = await Startup.VerifyAuditAsync(app.Services);
            return;
        case "check-invariants":
            Environment.ExitCode = await Startup.CheckInvariantsAsync(app.Services);
            return;
        case "create-tenant":
            await Startup.MigrateAsync(app.Services);
            Environment.ExitCode = await Startup.CreateTenantAsync(app.Services, positional.Skip(1).ToArray(), args.Contains("--central"));
            return;
        case "generate":
            Environment.ExitCode = await DanVan.Features.Generate.GenerateDataset.RunAsync(app.Services, args, Console.Out);
            return;
        case "backup":
            Environment.ExitCode = await DanVan.Infrastructure.Backup.BackupDatabase.RunAsync(app.Services, positional.ElementAtOrDefault(1), Console.Out, CancellationToken.None);
            return;
        case "restore":
            Environment.ExitCode = await DanVan.Infrastructure.Backup.RestoreDatabase.RunAsync(app.Services, positional.ElementAtOrDefault(1), Console.Out, CancellationToken.None);
            return;
        case "sweep-files":
            Environment.ExitCode = await DanVan.Infrastructure.Files.SweepFiles.RunAsync(app.Services, args, Console.Out, CancellationToken.None);
            return;
        case "apply-handovers":
            Environment.ExitCode = await ApplyPendingHandovers.RunVerbAsync(app.Services, Console.Out, CancellationToken.None);
            return;
        case null:
            break;
        default:
            Console.Error.WriteLine($"Lệnh không hợp lệ: {verb}. Dùng: migrate | seed-demo | verify-audit | check-invariants | create-tenant <MÃ> <Tên> [--central] | generate --size XS|S|M|L [--seed 42] [--force] | backup <thư mục> | restore <tệp sao lưu> | sweep-files [--dry-run] [--older-than-hours 24] | apply-handovers");
            Environment.ExitCode = 2;
            return;
    }

    await Startup.PrepareDatabaseAsync(app.Services);
}
catch (DanVan.Infrastructure.Data.DatabaseRefusedException)
{
    // The reason and the way back (the newest pre-migration copy, the restore command) were printed in Vietnamese
    // (ADR 0019); a stack trace after them would only bury them.
    Environment.ExitCode = 1;
    return;
}

app.UseDanVanPipeline();
app.UsePublicOutputCache();
app.MapDanVanEndpoints();
app.MapGroup("/api/v1")
    .AddEndpointFilterFactory(DefinedEnumArguments.Factory)
    .MapUnitsApi()
    .MapUnitsExcelApi()
    .MapPeopleApi()
    .MapPeopleExcelApi()
    .MapAccountsApi()
    .MapWorkApi()
    .MapDocumentsApi()
    .MapMovementsApi()
    .MapRegistrationsApi()
    .MapModelsApi()
    .MapModelProgressApi()
    .MapModelRubricApi()
    .MapAssessmentsApi()
    .MapPublicModelsApi()
    .MapCalendarApi()
    .MapRatingsApi()
    .MapRatingsExcelApi()
    .MapClustersApi()
    .MapAwardsApi()
    .MapEligibilityApi()
    .MapAwardRecordsApi()
    .MapNominationsApi()
    .MapCouncilApi()
    .MapNoticesApi()
    .MapConsultationsApi()
    .MapContestsApi()
    .MapDecisionsApi()
    .MapJobsApi()
    .MapNotificationsApi()
    .MapCertificatesApi()
    .MapReportsApi();

await app.RunAsync();

public partial class Program;
