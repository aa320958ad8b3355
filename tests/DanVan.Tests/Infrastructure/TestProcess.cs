using System.Runtime.CompilerServices;

namespace DanVan.Tests.Infrastructure;

/// <summary>
/// Settings for the whole test process, applied when this assembly loads (the browser tests compile this file too).
/// </summary>
internal static class TestProcess
{
    /// <summary>
    /// File watching by polling, not inotify. Each app a test starts gets file providers (web root, content root) that
    /// the host does not dispose; once one serves a page with <c>asp-append-version</c> it holds an inotify instance for
    /// the rest of the process. A full run starts hundreds of apps, and Linux allows 128 instances per user by default:
    /// late in the run a new app's pages failed with a 500 (CI, December 2026). Polling watchers use no such handle.
    /// </summary>
#pragma warning disable CA2255 // a test assembly, not a library: the setting must be in place before any test starts an app
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Initialize()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER") is null)
        {
            Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
        }
    }
}
