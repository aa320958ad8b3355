using DanVan.Features.Accounts;
using DanVan.Features.Assessments;
using DanVan.Features.Awards;
using DanVan.Features.Calendar;
using DanVan.Features.Clusters;
using DanVan.Features.Consultations;
using DanVan.Features.Council;
using DanVan.Features.Documents;
using DanVan.Features.Models;
using DanVan.Features.Movements;
using DanVan.Features.People;
using DanVan.Features.Nominations;
using DanVan.Features.Notices;
using DanVan.Features.Ratings;
using DanVan.Features.Registrations;
using DanVan.Features.Tenants;
using DanVan.Features.Units;
using DanVan.Infrastructure.Audit;
using DanVan.Infrastructure.Data.Bulk;
using DanVan.Infrastructure.Files;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace DanVan.Infrastructure.Data;

/// <summary>
/// The repository of the whole application. One derived context per provider, each with its own migration set
/// (ADR 0001). Every write goes through <see cref="SaveChangesAsync(bool, CancellationToken)"/>, which appends the
/// hash-chained audit entries in the same transaction.
/// </summary>
public abstract class AppDbContext(DbContextOptions options, AuditActor actor, TimeProvider time, FileStore files)
    : IdentityUserContext<AppUser, Guid>(options)
{
    public DbSet<Tenant> Tenants => Set<Tenant>();
    public DbSet<UnitKind> UnitKinds => Set<UnitKind>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<UnitSuccession> UnitSuccessions => Set<UnitSuccession>();
    public DbSet<WorkHandover> WorkHandovers => Set<WorkHandover>();
    public DbSet<PendingHandover> PendingHandovers => Set<PendingHandover>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<PersonTransfer> PersonTransfers => Set<PersonTransfer>();
    public DbSet<RoleAssignment> RoleAssignments => Set<RoleAssignment>();
    public DbSet<AccessToken> AccessTokens => Set<AccessToken>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Document> Documents => Set<Document>();
    public DbSet<DocumentRelation> DocumentRelations => Set<DocumentRelation>();
    public DbSet<DocumentAttachment> DocumentAttachments => Set<DocumentAttachment>();
    public DbSet<DocumentNumberCounter> DocumentNumberCounters => Set<DocumentNumberCounter>();
    public DbSet<Movement> Movements => Set<Movement>();
    public DbSet<MovementItem> MovementItems => Set<MovementItem>();
    public DbSet<MovementParticipant> MovementParticipants => Set<MovementParticipant>();
    public DbSet<MovementEvent> MovementEvents => Set<MovementEvent>();
    public DbSet<PlanObligation> PlanObligations => Set<PlanObligation>();
    public DbSet<Registration> Registrations => Set<Registration>();
    public DbSet<PlannedModel> PlannedModels => Set<PlannedModel>();
    public DbSet<RegisteredPerson> RegisteredPeople => Set<RegisteredPerson>();
    public DbSet<DvkModel> DvkModels => Set<DvkModel>();
    public DbSet<ModelEvent> ModelEvents => Set<ModelEvent>();
    public DbSet<ModelProgress> ModelProgress => Set<ModelProgress>();
    public DbSet<ModelIndicatorValue> ModelIndicatorValues => Set<ModelIndicatorValue>();
    public DbSet<ModelEvidence> ModelEvidence => Set<ModelEvidence>();
    public DbSet<ModelReview> ModelReviews => Set<ModelReview>();
    public DbSet<ModelReviewScore> ModelReviewScores => Set<ModelReviewScore>();
    public DbSet<ModelRubric> ModelRubrics => Set<ModelRubric>();
    public DbSet<ModelRubricCriterion> ModelRubricCriteria => Set<ModelRubricCriterion>();
    public DbSet<CriteriaSet> CriteriaSets => Set<CriteriaSet>();
    public DbSet<AssessmentCriterion> AssessmentCriteria => Set<AssessmentCriterion>();
    public DbSet<RankBand> RankBands => Set<RankBand>();
    public DbSet<AssessmentRound> AssessmentRounds => Set<AssessmentRound>();
    public DbSet<AssessmentParticipant> AssessmentParticipants => Set<AssessmentParticipant>();
    public DbSet<UnitAssessment> UnitAssessments => Set<UnitAssessment>();
    public DbSet<AssessmentScore> AssessmentScores => Set<AssessmentScore>();
    public DbSet<AssessmentEvent> AssessmentEvents => Set<AssessmentEvent>();
    public DbSet<AssessmentEvidence> AssessmentEvidence => Set<AssessmentEvidence>();
    public DbSet<UnitRating> UnitRatings => Set<UnitRating>();

    // Calendar (ADR 0020)
    public DbSet<WorkingDayCalendar> WorkingDayCalendars => Set<WorkingDayCalendar>();
    public DbSet<CalendarEntry> CalendarEntries => Set<CalendarEntry>();
    public DbSet<CalendarEvent> CalendarEvents => Set<CalendarEvent>();

    // Staff ratings and emulation clusters (issue 13 §6)
    public DbSet<PersonRating> PersonRatings => Set<PersonRating>();
    public DbSet<PersonRatingChange> PersonRatingChanges => Set<PersonRatingChange>();
    public DbSet<Discipline> Disciplines => Set<Discipline>();
    public DbSet<EmulationCluster> EmulationClusters => Set<EmulationCluster>();
    public DbSet<ClusterMember> ClusterMembers => Set<ClusterMember>();
    public DbSet<ClusterEvent> ClusterEvents => Set<ClusterEvent>();
    public DbSet<AwardKind> AwardKinds => Set<AwardKind>();
    public DbSet<AwardKindVersion> AwardKindVersions => Set<AwardKindVersion>();
    public DbSet<BaseSalary> BaseSalaries => Set<BaseSalary>();
    public DbSet<AwardRecord> AwardRecords => Set<AwardRecord>();
    public DbSet<AwardRecordCorrection> AwardRecordCorrections => Set<AwardRecordCorrection>();
    public DbSet<Features.Certificates.CertificateArtwork> CertificateArtworks => Set<Features.Certificates.CertificateArtwork>();
    public DbSet<NominationRound> NominationRounds => Set<NominationRound>();
    public DbSet<NominationOffer> NominationOffers => Set<NominationOffer>();
    public DbSet<Dossier> Dossiers => Set<Dossier>();
    public DbSet<DossierNominee> DossierNominees => Set<DossierNominee>();
    public DbSet<NomineeCheck> NomineeChecks => Set<NomineeCheck>();
    public DbSet<NomineeFact> NomineeFacts => Set<NomineeFact>();
    public DbSet<DossierAttachment> DossierAttachments => Set<DossierAttachment>();
    public DbSet<DossierEvent> DossierEvents => Set<DossierEvent>();
    public DbSet<DossierReturnItem> DossierReturnItems => Set<DossierReturnItem>();
    public DbSet<DossierLevel> DossierLevels => Set<DossierLevel>();
    public DbSet<DossierSnapshotField> DossierSnapshotFields => Set<DossierSnapshotField>();
    public DbSet<Features.Council.Council> Councils => Set<Features.Council.Council>();
    public DbSet<CouncilMember> CouncilMembers => Set<CouncilMember>();
    public DbSet<CouncilSession> CouncilSessions => Set<CouncilSession>();
    public DbSet<Attendance> CouncilAttendance => Set<Attendance>();
    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();
    public DbSet<Recusal> Recusals => Set<Recusal>();
    public DbSet<BallotParticipation> BallotParticipations => Set<BallotParticipation>();
    public DbSet<Ballot> Ballots => Set<Ballot>();
    public DbSet<PaperCount> PaperCounts => Set<PaperCount>();
    public DbSet<PublicNotice> PublicNotices => Set<PublicNotice>();
    public DbSet<Consultation> Consultations => Set<Consultation>();
    public DbSet<Features.Contests.Contest> Contests => Set<Features.Contests.Contest>();
    public DbSet<Features.Contests.ContestEligibleUnit> ContestEligibleUnits => Set<Features.Contests.ContestEligibleUnit>();
    public DbSet<Features.Contests.ContestCluster> ContestClusters => Set<Features.Contests.ContestCluster>();
    public DbSet<Features.Contests.ContestRound> ContestRounds => Set<Features.Contests.ContestRound>();
    public DbSet<Features.Contests.ContestPart> ContestParts => Set<Features.Contests.ContestPart>();
    public DbSet<Features.Contests.ContestCriterion> ContestCriteria => Set<Features.Contests.ContestCriterion>();
    public DbSet<Features.Contests.ContestTeam> ContestTeams => Set<Features.Contests.ContestTeam>();
    public DbSet<Features.Contests.ContestMember> ContestMembers => Set<Features.Contests.ContestMember>();
    public DbSet<Features.Contests.ContestEvent> ContestEvents => Set<Features.Contests.ContestEvent>();
    public DbSet<Features.Contests.ContestJudge> ContestJudges => Set<Features.Contests.ContestJudge>();
    public DbSet<Features.Contests.ContestConflict> ContestConflicts => Set<Features.Contests.ContestConflict>();
    public DbSet<Features.Contests.ContestAttendance> ContestAttendance => Set<Features.Contests.ContestAttendance>();
    public DbSet<Features.Contests.ContestQuestion> ContestQuestions => Set<Features.Contests.ContestQuestion>();
    public DbSet<Features.Contests.ContestPaperQuestion> ContestPaperQuestions => Set<Features.Contests.ContestPaperQuestion>();
    public DbSet<Features.Contests.ContestQuizAnswer> ContestQuizAnswers => Set<Features.Contests.ContestQuizAnswer>();
    public DbSet<Features.Contests.ContestQuizSeat> ContestQuizSeats => Set<Features.Contests.ContestQuizSeat>();
    public DbSet<Features.Contests.ContestPrize> ContestPrizes => Set<Features.Contests.ContestPrize>();
    public DbSet<Features.Contests.ContestAward> ContestAwards => Set<Features.Contests.ContestAward>();
    public DbSet<Features.Contests.ContestCertificate> ContestCertificates => Set<Features.Contests.ContestCertificate>();
    public DbSet<Features.Contests.ContestSheet> ContestSheets => Set<Features.Contests.ContestSheet>();
    public DbSet<Features.Contests.ContestSheetLine> ContestSheetLines => Set<Features.Contests.ContestSheetLine>();
    public DbSet<NoticeEntry> NoticeEntries => Set<NoticeEntry>();
    public DbSet<NoticeComment> NoticeComments => Set<NoticeComment>();
    public DbSet<CommentDisposition> CommentDispositions => Set<CommentDisposition>();
    public DbSet<Features.Decisions.Decision> Decisions => Set<Features.Decisions.Decision>();
    public DbSet<Features.Decisions.DecisionAwardee> DecisionAwardees => Set<Features.Decisions.DecisionAwardee>();
    public DbSet<Features.Certificates.Certificate> Certificates => Set<Features.Certificates.Certificate>();
    public DbSet<Features.Certificates.CertificateScan> CertificateScans => Set<Features.Certificates.CertificateScan>();
    public DbSet<Features.Certificates.Revocation> Revocations => Set<Features.Certificates.Revocation>();
    public DbSet<Features.Certificates.RevokedAward> RevokedAwards => Set<Features.Certificates.RevokedAward>();
    public DbSet<Features.Reports.ReportForm> ReportForms => Set<Features.Reports.ReportForm>();
    public DbSet<Features.Reports.ReportField> ReportFields => Set<Features.Reports.ReportField>();
    public DbSet<Features.Reports.ReportCampaign> ReportCampaigns => Set<Features.Reports.ReportCampaign>();
    public DbSet<Features.Reports.ReportRecipient> ReportRecipients => Set<Features.Reports.ReportRecipient>();
    public DbSet<Features.Reports.ReportSubmission> ReportSubmissions => Set<Features.Reports.ReportSubmission>();
    public DbSet<Features.Reports.ReportValue> ReportValues => Set<Features.Reports.ReportValue>();
    public DbSet<Features.Reports.ReportEvent> ReportEvents => Set<Features.Reports.ReportEvent>();

    // Background jobs (ADR 0028) and notifications (issue 16 §2)
    public DbSet<Jobs.Job> Jobs => Set<Jobs.Job>();
    public DbSet<Features.Notifications.Notification> Notifications => Set<Features.Notifications.Notification>();
    public DbSet<Features.Notifications.NotificationPreference> NotificationPreferences => Set<Features.Notifications.NotificationPreference>();

    internal TimeProvider Time => time;

    /// <summary>
    /// Where uploaded files live (outside the tables, ADR 0015). A handler stores a file with
    /// <see cref="FileStore.SaveAsync(UploadedFile, CancellationToken)"/> <b>before</b> saving the row that refers to it.
    /// </summary>
    public FileStore Files => files;

    /// <summary>Every hash a row refers to (attachments of documents and dossiers, evidence of models and of assessments): the files the store must hold.</summary>
    public IQueryable<string> ReferencedFiles() => ReferencedFiles(null);

    /// <summary>
    /// The same, on a database that may be at an older schema (a backup being restored before the upgrade that follows):
    /// a table created by a migration not in <paramref name="appliedMigrations"/> is not read — it holds nothing yet.
    /// </summary>
    public IQueryable<string> ReferencedFiles(IReadOnlyCollection<string>? appliedMigrations)
    {
        var files = DocumentAttachments.Select(a => a.Sha256).Concat(ModelEvidence.Select(e => e.Sha256));
        if (appliedMigrations is null || appliedMigrations.Any(m => m.EndsWith("_AssessmentEvidenceFiles", StringComparison.Ordinal)))
        {
            files = files.Concat(AssessmentEvidence.Where(e => e.Sha256 != null).Select(e => e.Sha256!));
        }

        if (appliedMigrations is null || appliedMigrations.Any(m => m.EndsWith("_Nominations", StringComparison.Ordinal)))
        {
            files = files.Concat(DossierAttachments.Select(a => a.Sha256));
        }

        if (appliedMigrations is null || appliedMigrations.Any(m => m.EndsWith("_CertificateArtwork", StringComparison.Ordinal)))
        {
            files = files.Concat(CertificateArtworks.Select(a => a.Sha256));
        }

        return files.Distinct();
    }

    /// <summary>Who is acting, for audit entries written outside SaveChanges (security events, exports).</summary>
    internal AuditActor Actor => actor;

    /// <summary>Ids of units whose folded name/code contains <paramref name="folded"/>, through the provider's text index.</summary>
    public abstract IQueryable<Guid> MatchUnits(string folded);

    /// <summary>
    /// Serialises changes to one tenant's unit tree (create, move, merge) for the current transaction, so that two
    /// concurrent moves cannot build a cycle. SQLite needs nothing: its write transactions begin IMMEDIATE.
    /// </summary>
    public abstract Task LockUnitTreeAsync(Guid tenantId, CancellationToken ct);

    /// <summary>
    /// Serialises changes to a contest's team members (registering, registering again, substituting) for the current
    /// transaction, so that two teams registered at once cannot both take the same person. Taken before any save (and so
    /// before the audit chain's lock). SQLite needs nothing: its write transactions begin IMMEDIATE.
    /// </summary>
    public abstract Task LockContestTeamsAsync(Guid contestId, CancellationToken ct);

    /// <summary>Serialises audit-chain appends across processes for the current transaction.</summary>
    protected abstract Task LockAuditChainAsync(CancellationToken ct);

    /// <summary>
    /// Waits for this process's turn to open a write transaction, before asking the database for its lock; disposing
    /// the result gives the turn to the next writer. Nothing by default (PostgreSQL queues waiters on its advisory
    /// lock by itself); SQLite queues them here instead of in its busy handler, which polls with sleeps of up to
    /// 100 ms (bench/README.md, "Writes and details under load").
    /// </summary>
    protected virtual ValueTask<IAsyncDisposable?> EnterWriterAsync(CancellationToken ct) => ValueTask.FromResult<IAsyncDisposable?>(null);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    /// <summary>
    /// A property EF takes for a navigation by convention (a computed list on an entity) gets a shadow foreign key, a
    /// column nobody writes: refused when the model is built, so every test catches it.
    /// </summary>
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.ConfigureWarnings(w => w.Throw(Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.ShadowForeignKeyPropertyCreated));

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfiguration(new TenantConfiguration());
        builder.ApplyConfiguration(new Jobs.JobConfiguration());
        builder.ApplyConfiguration(new Features.Notifications.NotificationConfiguration());
        builder.ApplyConfiguration(new Features.Notifications.NotificationPreferenceConfiguration());
        builder.ApplyConfiguration(new UnitKindConfiguration());
        builder.ApplyConfiguration(new UnitConfiguration());
        builder.ApplyConfiguration(new UnitSuccessionConfiguration());
        builder.ApplyConfiguration(new WorkHandoverConfiguration());
        builder.ApplyConfiguration(new PendingHandoverConfiguration());
        builder.ApplyConfiguration(new PersonConfiguration());
        builder.ApplyConfiguration(new PersonTransferConfiguration());
        builder.ApplyConfiguration(new AppUserConfiguration());
        builder.ApplyConfiguration(new RoleAssignmentConfiguration());
        builder.ApplyConfiguration(new AccessTokenConfiguration());
        builder.ApplyConfiguration(new AuditEntryConfiguration());
        builder.ApplyConfiguration(new DocumentConfiguration());
        builder.ApplyConfiguration(new DocumentRelationConfiguration());
        builder.ApplyConfiguration(new DocumentAttachmentConfiguration());
        builder.ApplyConfiguration(new DocumentNumberCounterConfiguration());
        builder.ApplyConfiguration(new MovementConfiguration());
        builder.ApplyConfiguration(new MovementItemConfiguration());
        builder.ApplyConfiguration(new MovementParticipantConfiguration());
        builder.ApplyConfiguration(new MovementEventConfiguration());
        builder.ApplyConfiguration(new PlanObligationConfiguration());
        builder.ApplyConfiguration(new RegistrationConfiguration());
        builder.ApplyConfiguration(new PlannedModelConfiguration());
        builder.ApplyConfiguration(new RegisteredPersonConfiguration());
        builder.ApplyConfiguration(new DvkModelConfiguration());
        builder.ApplyConfiguration(new ModelEventConfiguration());
        builder.ApplyConfiguration(new ModelProgressConfiguration());
        builder.ApplyConfiguration(new ModelIndicatorValueConfiguration());
        builder.ApplyConfiguration(new ModelEvidenceConfiguration());
        builder.ApplyConfiguration(new ModelReviewConfiguration());
        builder.ApplyConfiguration(new ModelReviewScoreConfiguration());
        builder.ApplyConfiguration(new ModelRubricConfiguration());
        builder.ApplyConfiguration(new ModelRubricCriterionConfiguration());
        builder.ApplyConfiguration(new CriteriaSetConfiguration());
        builder.ApplyConfiguration(new AssessmentCriterionConfiguration());
        builder.ApplyConfiguration(new RankBandConfiguration());
        builder.ApplyConfiguration(new AssessmentRoundConfiguration());
        builder.ApplyConfiguration(new AssessmentParticipantConfiguration());
        builder.ApplyConfiguration(new UnitAssessmentConfiguration());
        builder.ApplyConfiguration(new AssessmentScoreConfiguration());
        builder.ApplyConfiguration(new AssessmentEventConfiguration());
        builder.ApplyConfiguration(new AssessmentEvidenceConfiguration());
        builder.ApplyConfiguration(new UnitRatingConfiguration());
        builder.ApplyConfiguration(new WorkingDayCalendarConfiguration()); // Calendar
        builder.ApplyConfiguration(new CalendarEntryConfiguration());
        builder.ApplyConfiguration(new CalendarEventConfiguration());
        builder.ApplyConfiguration(new PersonRatingConfiguration());
        builder.ApplyConfiguration(new PersonRatingChangeConfiguration());
        builder.ApplyConfiguration(new DisciplineConfiguration());
        builder.ApplyConfiguration(new EmulationClusterConfiguration());
        builder.ApplyConfiguration(new ClusterMemberConfiguration());
        builder.ApplyConfiguration(new ClusterEventConfiguration());
        builder.ApplyConfiguration(new AwardKindConfiguration()); // Awards
        builder.ApplyConfiguration(new AwardKindVersionConfiguration());
        builder.ApplyConfiguration(new AwardVersionAuthorityConfiguration());
        builder.ApplyConfiguration(new AwardVersionDocumentConfiguration());
        builder.ApplyConfiguration(new AwardRuleConfiguration());
        builder.ApplyConfiguration(new BaseSalaryConfiguration());
        builder.ApplyConfiguration(new AwardRecordConfiguration());
        builder.ApplyConfiguration(new AwardRecordCorrectionConfiguration());
        builder.ApplyConfiguration(new NominationRoundConfiguration()); // Nominations
        builder.ApplyConfiguration(new NominationOfferConfiguration());
        builder.ApplyConfiguration(new DossierConfiguration());
        builder.ApplyConfiguration(new DossierNomineeConfiguration());
        builder.ApplyConfiguration(new NomineeCheckConfiguration());
        builder.ApplyConfiguration(new NomineeFactConfiguration());
        builder.ApplyConfiguration(new DossierAttachmentConfiguration());
        builder.ApplyConfiguration(new DossierEventConfiguration());
        builder.ApplyConfiguration(new DossierReturnItemConfiguration());
        builder.ApplyConfiguration(new DossierLevelConfiguration());
        builder.ApplyConfiguration(new DossierSnapshotFieldConfiguration());
        builder.ApplyConfiguration(new CouncilConfiguration()); // Council
        builder.ApplyConfiguration(new CouncilMemberConfiguration());
        builder.ApplyConfiguration(new CouncilSessionConfiguration());
        builder.ApplyConfiguration(new AttendanceConfiguration());
        builder.ApplyConfiguration(new AgendaItemConfiguration());
        builder.ApplyConfiguration(new RecusalConfiguration());
        builder.ApplyConfiguration(new BallotParticipationConfiguration());
        builder.ApplyConfiguration(new BallotConfiguration());
        builder.ApplyConfiguration(new PaperCountConfiguration());
        builder.ApplyConfiguration(new PublicNoticeConfiguration()); // Notices
        builder.ApplyConfiguration(new ConsultationConfiguration()); // Consultations
        builder.ApplyConfiguration(new Features.Contests.ContestConfiguration()); // Contests
        builder.ApplyConfiguration(new Features.Contests.ContestEligibleUnitConfiguration());
        builder.ApplyConfiguration(new Features.Contests.ContestClusterConfiguration());
        builder.ApplyConfiguration(new Features.Contests.ContestRoundConfiguration());
        builder.ApplyConfiguration(new Features.Contests.ContestPartConfiguration());
        builder.ApplyConfiguration(new Features.Contests.ContestCriterionConfiguration());
        builder.ApplyConfiguration(new Features.Contests.ContestTeamConfiguration());
        builder.ApplyConfiguration(new Features.Contests.ContestMemberConfiguration());
        builder.ApplyConfiguration(new Features.Contests.ContestEventConfiguration());
        builder.ApplyConfiguration(new Features.Contests.ContestJudgeConfiguration());
        builder.ApplyConfiguration(new Features.Contests.ContestConflictConfiguration());
        builder.ApplyConfiguration(new Features.Contests.ContestAttendanceConfiguration());
        builder.ApplyConfiguration(new Features.Contests.ContestQuestionConfiguration());
        builder.ApplyConfiguration(new Features.Contests.ContestPaperQuestionConfiguration());
        builder.ApplyConfiguration(new Features.Contests.ContestQuizAnswerConfiguration());
        builder.ApplyConfiguration(new Features.Contests.ContestQuizSeatConfiguration());
        builder.ApplyConfiguration(new Features.Contests.ContestPrizeConfiguration());
        builder.ApplyConfiguration(new Features.Contests.ContestAwardConfiguration());
        builder.ApplyConfiguration(new Features.Contests.ContestCertificateConfiguration());
        builder.ApplyConfiguration(new Features.Contests.ContestSheetConfiguration());
        builder.ApplyConfiguration(new Features.Contests.ContestSheetLineConfiguration());
        builder.ApplyConfiguration(new NoticeEntryConfiguration());
        builder.ApplyConfiguration(new NoticeCommentConfiguration());
        builder.ApplyConfiguration(new CommentDispositionConfiguration());
        builder.ApplyConfiguration(new Features.Decisions.DecisionConfiguration()); // Decisions
        builder.ApplyConfiguration(new Features.Decisions.DecisionAwardeeConfiguration());
        builder.ApplyConfiguration(new Features.Certificates.CertificateConfiguration()); // Certificates
        builder.ApplyConfiguration(new Features.Certificates.CertificateScanConfiguration());
        builder.ApplyConfiguration(new Features.Certificates.RevocationConfiguration());
        builder.ApplyConfiguration(new Features.Certificates.RevokedAwardConfiguration());
        builder.ApplyConfiguration(new Features.Certificates.CertificateArtworkConfiguration());
        builder.ApplyConfiguration(new Features.Reports.ReportFormConfiguration()); // Reports
        builder.ApplyConfiguration(new Features.Reports.ReportFieldConfiguration());
        builder.ApplyConfiguration(new Features.Reports.ReportCampaignConfiguration());
        builder.ApplyConfiguration(new Features.Reports.ReportRecipientConfiguration());
        builder.ApplyConfiguration(new Features.Reports.ReportSubmissionConfiguration());
        builder.ApplyConfiguration(new Features.Reports.ReportValueConfiguration());
        builder.ApplyConfiguration(new Features.Reports.ReportEventConfiguration());
        foreach (var versioned in builder.Model.GetEntityTypes().Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType)).ToList())
        {
            builder.Entity(versioned.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new InvalidOperationException("Use SaveChangesAsync: every write appends to the audit chain asynchronously.");

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var entries = AuditTrail.Collect(ChangeTracker, actor, now);
        if (entries.Count == 0 && !ChangeTracker.Entries<AuditEntry>().Any(e => e.State == EntityState.Added))
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var ownTransaction = Database.CurrentTransaction is null;
        await using var writer = ownTransaction ? await EnterWriterAsync(cancellationToken) : null; // released after the commit below
        await using var transaction = ownTransaction ? await Database.BeginTransactionAsync(cancellationToken) : null;
        AuditEntries.AddRange(entries);
        await ChainAsync(ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList(),
            cancellationToken);

        int written;
        try
        {
            written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch
        {
            // Nothing was written: forget this attempt's audit rows so a retry does not chain them twice.
            foreach (var pending in ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).ToList())
            {
                pending.State = EntityState.Detached;
            }

            throw;
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return written;
    }

    /// <summary>
    /// Inserts many new rows of one entity type set-wise (<see cref="BulkInsert"/>) inside the current transaction,
    /// each with the audit entry <see cref="SaveChangesAsync(bool, CancellationToken)"/> would append, chained in the
    /// same transaction. For imports: tracking and saving 100k entities through EF costs several times the raw insert.
    /// The audit entries are built and hashed on another thread while the rows are written. The rows must be new,
    /// valid and not tracked; the caller commits (all or nothing, <see cref="BeginBulkTransactionAsync"/>).
    /// </summary>
    public async Task InsertAuditedAsync<T>(IReadOnlyCollection<T> rows, CancellationToken ct)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(rows);
        var transaction = Database.CurrentTransaction?.GetDbTransaction()
                          ?? throw new InvalidOperationException("InsertAuditedAsync writes inside the caller's transaction; begin one first.");
        if (rows.Count == 0)
        {
            return;
        }

        var table = BulkTable.For(this, typeof(T));
        var type = table.EntityType;
        if (type.GetProperties().Any(p => p.IsShadowProperty() || p.ValueGenerated.HasFlag(ValueGenerated.OnUpdate))
            || type.GetNavigations().Any(n => n.TargetEntityType.IsOwned()) || type.BaseType is not null || type.GetDirectlyDerivedTypes().Any())
        {
            // The audit entry and the insert read the CLR properties only: anything EF adds beyond them is not written.
            throw new NotSupportedException($"{type.ShortName()}: bulk insert supports plain entities only (no shadow, owned, inherited or computed columns).");
        }

        var now = time.GetUtcNow().UtcDateTime;
        foreach (var row in rows)
        {
            AuditTrail.Stamp(row, now);
        }

        var (seq, prev) = await LockLastLinkAsync(ct);
        var audit = Task.Run(() =>
        {
            var entries = AuditTrail.ForAdded(table.EntityType, rows, actor, now);
            Link(entries, seq, prev);
            return entries;
        }, ct);
        var connection = Database.GetDbConnection();
        try
        {
            await BulkInsert.WriteAsync(connection, transaction, table, rows, ct: ct);
        }
        catch
        {
            await audit.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default); // observe it; the insert's error is the one to report
            throw;
        }

        await BulkInsert.WriteAsync(connection, transaction, BulkTable.For(this, typeof(AuditEntry)), await audit, ct: ct);
    }

    /// <summary>
    /// The transaction for <see cref="InsertAuditedAsync{T}"/> calls: the provider may tune the connection for the
    /// duration (SQLite: a larger page cache, so inserts at random places in the name indexes do not spill pages to the
    /// WAL; bench/notes/import.md) and restores it when the transaction ends, committed or not.
    /// </summary>
    public async Task<BulkTransaction> BeginBulkTransactionAsync(CancellationToken ct)
    {
        await Database.OpenConnectionAsync(ct);
        try
        {
            await TuneForBulkAsync(bulk: true, ct);
            return new BulkTransaction(this, await Database.BeginTransactionAsync(ct));
        }
        catch
        {
            await TuneForBulkAsync(bulk: false, CancellationToken.None);
            await Database.CloseConnectionAsync();
            throw;
        }
    }

    /// <summary>
    /// Begins an explicit write transaction in this process's turn to write (<see cref="EnterWriterAsync"/>: on SQLite the
    /// writers queue here, first come first served, instead of polling in SQLite's busy handler); the turn passes to the
    /// next writer when the transaction is disposed. The saves inside it take no turn of their own (they are not their own
    /// transaction), so nothing inside may write through another context.
    /// </summary>
    public async Task<WriteTransaction> BeginWriteTransactionAsync(CancellationToken ct)
    {
        var turn = await EnterWriterAsync(ct);
        try
        {
            return new WriteTransaction(await Database.BeginTransactionAsync(ct), turn);
        }
        catch
        {
            if (turn is not null)
            {
                await turn.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>An explicit write transaction and the writer's turn it holds; disposing it rolls back unless committed, then gives the turn on.</summary>
    public sealed class WriteTransaction(IDbContextTransaction transaction, IAsyncDisposable? turn) : IAsyncDisposable
    {
        public Task CommitAsync(CancellationToken ct) => transaction.CommitAsync(ct);

        public async ValueTask DisposeAsync()
        {
            try
            {
                await transaction.DisposeAsync();
            }
            finally
            {
                if (turn is not null)
                {
                    await turn.DisposeAsync();
                }
            }
        }
    }

    /// <summary>Sets (or restores) the connection's settings for a bulk write; nothing by default.</summary>
    protected virtual Task TuneForBulkAsync(bool bulk, CancellationToken ct) => Task.CompletedTask;

    /// <summary>A bulk write's transaction; disposing it rolls back unless committed, then restores the connection.</summary>
    public sealed class BulkTransaction(AppDbContext db, IDbContextTransaction transaction) : IAsyncDisposable
    {
        public Task CommitAsync(CancellationToken ct) => transaction.CommitAsync(ct);

        public async ValueTask DisposeAsync()
        {
            try
            {
                await transaction.DisposeAsync();
            }
            finally
            {
                try
                {
                    await db.TuneForBulkAsync(bulk: false, CancellationToken.None);
                }
                finally
                {
                    await db.Database.CloseConnectionAsync();
                }
            }
        }
    }

    /// <summary>Takes the chain lock for this transaction and links <paramref name="pending"/> after the last entry.</summary>
    private async Task ChainAsync(IReadOnlyList<AuditEntry> pending, CancellationToken ct)
    {
        var (seq, prev) = await LockLastLinkAsync(ct);
        Link(pending, seq, prev);
    }

    /// <summary>Takes the chain lock for this transaction; the last entry's sequence number and hash.</summary>
    private async Task<(long Seq, string Hash)> LockLastLinkAsync(CancellationToken ct)
    {
        await LockAuditChainAsync(ct);
        var last = await AuditEntries.AsNoTracking().OrderByDescending(a => a.Seq)
            .Select(a => new { a.Seq, a.Hash }).FirstOrDefaultAsync(ct);
        return (last?.Seq ?? 0, last?.Hash ?? "");
    }

    private static void Link(IEnumerable<AuditEntry> pending, long seq, string prev)
    {
        foreach (var entry in pending)
        {
            entry.Chain(++seq, prev);
            prev = entry.Hash;
        }
    }
}
