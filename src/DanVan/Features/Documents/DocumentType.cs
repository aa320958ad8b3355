namespace DanVan.Features.Documents;

// TEMPORARY: replaced by the document-number library.
public enum DocumentType { Law, Resolution, Decree, Circular, Decision, Directive, Plan, Letter, Guidance, Submission, Report, Minutes, Notice, Conclusion, Scheme, Programme, Regulation, Rules, Project, Dispatch, Announcement, Invitation, Other }

public static class DocumentTypes
{
    public static string Label(DocumentType type) => type.ToString();
}
