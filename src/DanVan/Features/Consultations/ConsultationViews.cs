namespace DanVan.Features.Consultations;

/// <summary>A consultation as the dossier's page and the API show it: its state in words with the rule it is counted by.</summary>
public sealed record ConsultationDto(Guid Id, int Version, Guid DossierId, Guid? NomineeId, string? NomineeName, Guid? ConsultedUnitId, string Body,
    string Question, string? LetterNumber, DateOnly SentOn, int WorkingDays, string Citation, DateOnly DueOn, bool DueProvisional,
    ConsultationState State, string StateLabel, ConsultationOpinion? Opinion, string? OpinionLabel, string? Answer, string? AnswerNumber,
    DateOnly? AnsweredOn, bool Late, DateOnly? SilenceRecordedOn, string Status, bool Overdue, string CreatedByName, string? RecordedByName,
    bool AnsweredInApp = false);

/// <summary>The dossier's consultations and whether the caller (the level holding it) may ask, answer and record silence.</summary>
public sealed record ConsultationListDto(Guid DossierId, string DossierUnitName, string RoundName, bool CanAct, IReadOnlyList<ConsultationDto> Items);

public sealed record RequestInput(Guid? NomineeId, Guid? ConsultedUnitId, string? Body, string? Question, string? LetterNumber, DateOnly? SentOn,
    int? WorkingDays, string? Citation);

public sealed record AnswerInput(ConsultationOpinion? Opinion, string? Answer, string? AnswerNumber, DateOnly? AnsweredOn);

/// <summary>The consulted unit's reply, given in DanVan on the day (its own letter number optional).</summary>
public sealed record ReplyInput(ConsultationOpinion? Opinion, string? Answer, string? AnswerNumber);

/// <summary>Who or what the question is about: a nominee of the dossier, with the award proposed.</summary>
public sealed record AddressedNomineeDto(string Name, string UnitName, string AwardName, int Year);

/// <summary>
/// A request as the consulted unit sees it: the request (its state in words), who asked, the proposing unit and round,
/// the nominees it is about (one, or the whole dossier's) — and not the rest of the dossier; whether the caller may reply.
/// </summary>
public sealed record AddressedConsultationDto(ConsultationDto Request, string ConsultedUnitName, string LevelUnitName, string DossierUnitName,
    string RoundName, IReadOnlyList<AddressedNomineeDto> Nominees, bool MayReply);

/// <summary>The requests addressed to the caller's units: every one still to answer (<see cref="ToAnswer"/> of them, first), then the latest others.</summary>
public sealed record AddressedListDto(int ToAnswer, IReadOnlyList<AddressedConsultationDto> Items);
