namespace DanVan.Features.Consultations;

/// <summary>A consultation as the dossier's page and the API show it: its state in words with the rule it is counted by.</summary>
public sealed record ConsultationDto(Guid Id, int Version, Guid DossierId, Guid? NomineeId, string? NomineeName, Guid? ConsultedUnitId, string Body,
    string Question, string? LetterNumber, DateOnly SentOn, int WorkingDays, string Citation, DateOnly DueOn, bool DueProvisional,
    ConsultationState State, string StateLabel, ConsultationOpinion? Opinion, string? OpinionLabel, string? Answer, string? AnswerNumber,
    DateOnly? AnsweredOn, bool Late, DateOnly? SilenceRecordedOn, string Status, bool Overdue, string CreatedByName, string? RecordedByName);

/// <summary>The dossier's consultations and whether the caller (the level holding it) may ask, answer and record silence.</summary>
public sealed record ConsultationListDto(Guid DossierId, string DossierUnitName, string RoundName, bool CanAct, IReadOnlyList<ConsultationDto> Items);

public sealed record RequestInput(Guid? NomineeId, Guid? ConsultedUnitId, string? Body, string? Question, string? LetterNumber, DateOnly? SentOn,
    int? WorkingDays, string? Citation);

public sealed record AnswerInput(ConsultationOpinion? Opinion, string? Answer, string? AnswerNumber, DateOnly? AnsweredOn);
