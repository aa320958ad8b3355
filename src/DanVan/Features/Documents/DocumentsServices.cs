using DanVan.Features.Accounts;

namespace DanVan.Features.Documents;

public static class DocumentsServices
{
    /// <summary>The document register: entering and editing need ManageDocuments somewhere (then the owner unit is checked).</summary>
    public static IServiceCollection AddDocuments(this IServiceCollection services) =>
        services.RequirePermissionForPages(Permission.ManageDocuments, "/Documents/Create", "/Documents/Edit");
}
