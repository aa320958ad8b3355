using DanVan.Infrastructure.Excel;

namespace DanVan.Features.Shared;

/// <summary>The upload form shared by the units and people import pages.</summary>
public sealed record ImportFormModel(string Title, string TemplateUrl, ImportReport? Report);
