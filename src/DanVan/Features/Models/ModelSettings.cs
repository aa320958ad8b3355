namespace DanVan.Features.Models;

/// <summary>
/// A province's choices for models, shown where they apply. <see cref="SubunitModelsCoverParent"/>: whether a model of a
/// sub-unit (a department's division, a commune's service unit) counts in its parent's coverage — the default — or each
/// participating unit needs a model of its own. Set in configuration as <c>Models:SubunitModelsCoverParent</c>.
/// </summary>
public sealed class ModelSettings(IConfiguration configuration)
{
    public bool SubunitModelsCoverParent { get; } = configuration.GetValue("Models:SubunitModelsCoverParent", true);
}
