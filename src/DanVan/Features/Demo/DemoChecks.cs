using DanVan.Infrastructure.Web;

namespace DanVan.Features.Demo;

/// <summary>The seed goes through the entities' own steps; a step the seed expects to pass and that refuses stops the seed with its message.</summary>
internal static class DemoChecks
{
    public static void ShouldBeNull(this AppError? error, string what)
    {
        if (error is not null)
        {
            throw new InvalidOperationException($"{what}: {error.Message}");
        }
    }
}
