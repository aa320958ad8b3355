using Xunit.Abstractions;

[assembly: TestCollectionOrderer("DanVan.Tests.Infrastructure.LongRunningFirst", "DanVan.Tests")]

namespace DanVan.Tests.Infrastructure;

/// <summary>
/// Marks a test class that runs for minutes (the permission table's slices, the fault tests). Every class that starts
/// an app is a collection of its own (<c>IClassFixture&lt;PostgresServer&gt;</c>, one shared cluster), so xUnit runs
/// them side by side on its threads; <see cref="LongRunningFirst"/> starts these ones first, so that none of them is
/// still running alone at the end (CI time).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class LongRunningAttribute : Attribute;

/// <summary>Orders the test collections: the long-running classes first, then the others by name.</summary>
public sealed class LongRunningFirst : ITestCollectionOrderer
{
    private const string Prefix = "Test collection for ";

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(c => IsLong(c) ? 0 : 1).ThenBy(c => c.DisplayName, StringComparer.Ordinal);

    private static bool IsLong(ITestCollection collection) =>
        collection.DisplayName.StartsWith(Prefix, StringComparison.Ordinal)
        && typeof(LongRunningFirst).Assembly.GetType(collection.DisplayName[Prefix.Length..]) is { } type
        && type.IsDefined(typeof(LongRunningAttribute), inherit: false);
}
