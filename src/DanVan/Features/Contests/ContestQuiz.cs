using DanVan.Features.Tenants;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Features.Contests;

/// <summary>
/// A question of a contest's bank (issue 17 §3, the quiz part): multiple choice with two to four options, the right
/// one, and the legal source of the answer (shown with the paper, so a disputed answer is settled by the text).
/// </summary>
public sealed class ContestQuestion : ITenantOwned
{
    public const int TextMax = 1_000;
    public const int OptionMax = 300;
    public const int SourceMax = 300;
    public const string Letters = "ABCD";

    private ContestQuestion()
    {
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid ContestId { get; private set; }
    public int Seq { get; private set; }
    public string Text { get; private set; } = "";
    public string OptionA { get; private set; } = "";
    public string OptionB { get; private set; } = "";
    public string? OptionC { get; private set; }
    public string? OptionD { get; private set; }

    /// <summary>The right option's letter (A–D).</summary>
    public string Correct { get; private set; } = "";

    public string Source { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public string CreatedByName { get; private set; } = "";

    /// <summary>The options in order (A, B, then C and D when given).</summary>
    public IReadOnlyList<string> Options => [OptionA, OptionB, .. new[] { OptionC, OptionD }.TakeWhile(o => o is not null).Select(o => o!)];

    /// <summary>
    /// When two questions are the same question: their text cleaned (NFC, spaces) and lower-cased, tone marks kept (bán and
    /// bàn differ). A bank holds each question once, whether added one by one or from a file.
    /// </summary>
    public static string TextKey(string? text) => (VietnameseText.Clean(text) ?? "").ToLower(VietnameseText.Culture);

    /// <summary>The column at fault when the options are refused: the first missing before a given one (A and B are required), or the first too long.</summary>
    public static int OptionAtFault(IReadOnlyList<string?> options)
    {
        var last = options.Select((o, i) => (o, i)).LastOrDefault(x => !string.IsNullOrWhiteSpace(x.o)).i;
        for (var i = 0; i < options.Count; i++)
        {
            if ((string.IsNullOrWhiteSpace(options[i]) && (i < 2 || i < last)) || options[i]?.Trim().Length > OptionMax)
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>Whether <paramref name="letter"/> names one of this question's options.</summary>
    public bool HasOption(char letter) => Letters.IndexOf(letter, StringComparison.Ordinal) is >= 0 and var i && i < Options.Count;

    /// <summary>A checked question (the text, options and source cleaned at the edge); refused with the field at fault.</summary>
    public static Result<ContestQuestion> Create(Guid tenantId, Guid contestId, int seq, string? text, IReadOnlyList<string?> options, string? correct, string? source,
        Actor by)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > TextMax)
        {
            return ContestErrors.QuestionText;
        }

        var given = options.Select(o => string.IsNullOrWhiteSpace(o) ? null : o.Trim()).ToList();
        var count = given.FindLastIndex(o => o is not null) + 1;
        if (count is < 2 or > 4 || given.Take(count).Any(o => o is null || o.Length > OptionMax))
        {
            return ContestErrors.QuestionOptions;
        }

        var letter = correct?.Trim().ToUpperInvariant();
        if (letter is not { Length: 1 } || Letters.IndexOf(letter[0], StringComparison.Ordinal) is var index && (index < 0 || index >= count))
        {
            return ContestErrors.QuestionCorrect;
        }

        if (string.IsNullOrWhiteSpace(source) || source.Length > SourceMax)
        {
            return ContestErrors.QuestionSource;
        }

        return new ContestQuestion
        {
            Id = Guid.CreateVersion7(), TenantId = tenantId, ContestId = contestId, Seq = seq, Text = text.Trim(), OptionA = given[0]!, OptionB = given[1]!,
            OptionC = count > 2 ? given[2] : null, OptionD = count > 3 ? given[3] : null, Correct = letter, Source = source.Trim(), CreatedAt = by.At,
            CreatedByName = by.UserName,
        };
    }
}

/// <summary>
/// One question of a quiz part's paper, in its order: the paper is drawn by lot from the bank, either one for every team
/// (<see cref="TeamId"/> null) or one for each team (the team's own).
/// </summary>
public sealed class ContestPaperQuestion : ITenantOwned
{
    private ContestPaperQuestion()
    {
    }

    public ContestPaperQuestion(Guid tenantId, Guid partId, int seq, Guid questionId, Guid? teamId = null)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        PartId = partId;
        Seq = seq;
        QuestionId = questionId;
        TeamId = teamId;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid PartId { get; private set; }

    /// <summary>The team whose own paper this is; null: the paper every team answers.</summary>
    public Guid? TeamId { get; private set; }

    public int Seq { get; private set; }
    public Guid QuestionId { get; private set; }
}

/// <summary>
/// A team's answers to a quiz part's paper, entered from the answer sheet (one letter per question, "-" unanswered)
/// and scored automatically: points = the part's maximum × right answers ÷ questions, rounded to 2 decimals. Entered
/// again while the part is open, it is replaced (the history keeps each entry).
/// </summary>
public sealed class ContestQuizAnswer : ITenantOwned, IStamped, IVersioned
{
    public const char Blank = '-';
    public const int ReasonMax = 500;
    private const string Letters = ContestQuestion.Letters;

    private ContestQuizAnswer()
    {
    }

    public ContestQuizAnswer(Guid tenantId, Guid contestId, Guid partId, Guid teamId)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        ContestId = contestId;
        PartId = partId;
        TeamId = teamId;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid ContestId { get; private set; }
    public Guid PartId { get; private set; }
    public Guid TeamId { get; private set; }
    public int Version { get; private set; }
    public string Answers { get; private set; } = "";
    public int Right { get; private set; }
    public int Questions { get; private set; }
    public decimal Points { get; private set; }
    public DateTime EnteredAt { get; private set; }
    public string EnteredByName { get; private set; } = "";

    /// <summary>Answered by the team on its device (saved as it went, until the time was up); false: typed from the paper sheet.</summary>
    public bool OnDevice { get; private set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>What the standings show as this score's source.</summary>
    public string Explained => $"Chấm tự động: {Right}/{Questions} câu đúng";

    /// <summary>The history's note of an entry: the answers as typed and what they scored.</summary>
    public string Note(string roundName, int partSeq) => $"{roundName}, phần thi {partSeq}: {Answers} — {Right}/{Questions} câu đúng, {ContestErrors.Points(Points)} điểm";

    /// <summary>
    /// A sheet's answers as typed or sent by a device, checked against the paper: one letter per question in its order,
    /// "-" (or "_", ".") for a blank, spaces and case ignored; a letter the question does not have is refused naming the question.
    /// </summary>
    public static Result<string> Read(string? typed, IReadOnlyList<ContestQuestion> paper)
    {
        var answers = new string((typed ?? "").Where(c => !char.IsWhiteSpace(c)).Select(c => c is '_' or '.' ? Blank : char.ToUpperInvariant(c)).ToArray());
        if (answers.Length != paper.Count)
        {
            return ContestErrors.AnswersShape(paper.Count);
        }

        for (var i = 0; i < answers.Length; i++)
        {
            if (answers[i] != Blank && !paper[i].HasOption(answers[i]))
            {
                return Letters.Contains(answers[i], StringComparison.Ordinal) ? ContestErrors.AnswerOption(i + 1, answers[i]) : ContestErrors.AnswersShape(paper.Count);
            }
        }

        return answers;
    }

    /// <summary>Scores <paramref name="answers"/> against the paper (already checked: one letter or blank per question).</summary>
    public void Set(string answers, IReadOnlyList<ContestQuestion> paper, decimal maxPoints, Actor by, bool onDevice = false)
    {
        OnDevice = onDevice;
        Answers = answers;
        Questions = paper.Count;
        Right = paper.Where((q, i) => q.Correct[0] == answers[i]).Count();
        Points = Score(Right, Questions, maxPoints);
        EnteredAt = by.At;
        EnteredByName = by.UserName;
    }

    public static decimal Score(int right, int questions, decimal maxPoints) =>
        questions == 0 ? 0 : Math.Round(maxPoints * right / questions, 2, MidpointRounding.AwayFromZero);
}

public sealed class ContestQuestionConfiguration : IEntityTypeConfiguration<ContestQuestion>
{
    public void Configure(EntityTypeBuilder<ContestQuestion> b)
    {
        b.Property(q => q.Id).ValueGeneratedNever();
        b.Property(q => q.Text).HasMaxLength(ContestQuestion.TextMax);
        b.Property(q => q.OptionA).HasMaxLength(ContestQuestion.OptionMax);
        b.Property(q => q.OptionB).HasMaxLength(ContestQuestion.OptionMax);
        b.Property(q => q.OptionC).HasMaxLength(ContestQuestion.OptionMax);
        b.Property(q => q.OptionD).HasMaxLength(ContestQuestion.OptionMax);
        b.Property(q => q.Correct).HasMaxLength(1);
        b.Property(q => q.Source).HasMaxLength(ContestQuestion.SourceMax);
        b.Property(q => q.CreatedByName).HasMaxLength(256);
        b.Ignore(q => q.Options);
        b.HasIndex(q => new { q.ContestId, q.Seq }).IsUnique();
        b.HasOne<Tenant>().WithMany().HasForeignKey(q => q.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Contest>().WithMany().HasForeignKey(q => q.ContestId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ContestPaperQuestionConfiguration : IEntityTypeConfiguration<ContestPaperQuestion>
{
    public void Configure(EntityTypeBuilder<ContestPaperQuestion> b)
    {
        b.Property(p => p.Id).ValueGeneratedNever();
        // A question once per paper, each place once: a team's own paper by the team's indexes, the paper every team answers
        // (TeamId null, which an index holds distinct) by the filtered ones.
        b.HasIndex(p => new { p.PartId, p.TeamId, p.Seq }).IsUnique();
        b.HasIndex(p => new { p.PartId, p.TeamId, p.QuestionId }).IsUnique();
        b.HasIndex(p => new { p.PartId, p.Seq }, "IX_ContestPaperQuestions_Shared_Seq").IsUnique().HasFilter("\"TeamId\" IS NULL");
        b.HasIndex(p => new { p.PartId, p.QuestionId }, "IX_ContestPaperQuestions_Shared_QuestionId").IsUnique().HasFilter("\"TeamId\" IS NULL");
        b.HasIndex(p => p.QuestionId);
        b.HasIndex(p => p.TeamId);
        b.HasOne<Tenant>().WithMany().HasForeignKey(p => p.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ContestPart>().WithMany().HasForeignKey(p => p.PartId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ContestQuestion>().WithMany().HasForeignKey(p => p.QuestionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ContestTeam>().WithMany().HasForeignKey(p => p.TeamId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ContestQuizAnswerConfiguration : IEntityTypeConfiguration<ContestQuizAnswer>
{
    public void Configure(EntityTypeBuilder<ContestQuizAnswer> b)
    {
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.Answers).HasMaxLength(DrawPaper.MaxQuestions);
        b.Property(a => a.Points).HasPrecision(8, 2);
        b.Property(a => a.EnteredByName).HasMaxLength(256);
        b.HasIndex(a => new { a.PartId, a.TeamId }).IsUnique(); // one entry per team and part: two secretaries at once, one wins
        b.HasIndex(a => a.ContestId);
        b.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Contest>().WithMany().HasForeignKey(a => a.ContestId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ContestPart>().WithMany().HasForeignKey(a => a.PartId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ContestTeam>().WithMany().HasForeignKey(a => a.TeamId).OnDelete(DeleteBehavior.Restrict);
    }
}
