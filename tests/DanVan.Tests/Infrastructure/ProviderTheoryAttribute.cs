using Xunit.Abstractions;
using Xunit.Sdk;

namespace DanVan.Tests.Infrastructure;

/// <summary>
/// A theory over <see cref="Providers.All"/> whose PostgreSQL rows are reported as skipped, with the reason, on a
/// machine without the PostgreSQL 15 binaries. With CI=true nothing is skipped: the rows run and fail loudly.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("DanVan.Tests.Infrastructure.ProviderTheoryDiscoverer", "DanVan.Tests")]
public sealed class ProviderTheoryAttribute : TheoryAttribute;

public sealed class ProviderTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    protected override IEnumerable<IXunitTestCase> CreateTestCasesForDataRow(ITestFrameworkDiscoveryOptions discoveryOptions,
        ITestMethod testMethod, IAttributeInfo theoryAttribute, object[] dataRow)
    {
        if (dataRow is [Provider.Postgres, ..] && PostgresServer.SkipReason is { } reason)
        {
            return
            [
                new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(),
                    discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason, dataRow),
            ];
        }

        return base.CreateTestCasesForDataRow(discoveryOptions, testMethod, theoryAttribute, dataRow);
    }
}
