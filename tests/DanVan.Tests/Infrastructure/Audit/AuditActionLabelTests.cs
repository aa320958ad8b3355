using System.Reflection;
using DanVan.Infrastructure.Audit;

namespace DanVan.Tests.Infrastructure.Audit;

public sealed class AuditActionLabelTests
{
    [Fact]
    public void Every_security_event_has_a_Vietnamese_label_on_the_audit_page()
    {
        var actions = typeof(AuditActions).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        actions.ShouldNotBeEmpty();
        var labelled = DanVan.Features.Admin.Audit.IndexModel.Actions.Select(a => a.Value).ToHashSet();
        actions.Where(a => !labelled.Contains(a)).ShouldBeEmpty("an event without a label shows its code name to the reader");
    }
}
