using System.Globalization;
using System.Reflection;

namespace DanVan.Infrastructure.Web;

/// <summary>
/// The query or route values an API endpoint could not read into its parameters' types (a GUID that is not one, a
/// number in words, an unknown enum value). The build-time request delegates (ADR 0026) answer such a request 400
/// with no body; the status-code page names the fields from here.
/// </summary>
public static class UnreadableParameters
{
    public static IReadOnlyList<string> Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.GetEndpoint()?.Metadata.GetMetadata<MethodInfo>() is not { } handler)
        {
            return [];
        }

        var fields = new List<string>();
        foreach (var parameter in handler.GetParameters())
        {
            if (parameter.Name is not { } name || !IsSimple(Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType))
            {
                continue;
            }

            var raw = http.Request.RouteValues.TryGetValue(name, out var routeValue) ? routeValue?.ToString()
                : http.Request.Query.TryGetValue(name, out var query) ? query.ToString()
                : null;
            if (!string.IsNullOrEmpty(raw) && !Reads(Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType, raw))
            {
                fields.Add(name);
            }
        }

        return fields;
    }

    private static bool IsSimple(Type type) =>
        type.IsEnum || type == typeof(Guid) || type == typeof(int) || type == typeof(long) || type == typeof(decimal) ||
        type == typeof(double) || type == typeof(bool) || type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset);

    private static bool Reads(Type type, string raw)
    {
        var c = CultureInfo.InvariantCulture;
        return type.IsEnum ? Enum.TryParse(type, raw, ignoreCase: true, out _)
            : type == typeof(Guid) ? Guid.TryParse(raw, c, out _)
            : type == typeof(int) ? int.TryParse(raw, c, out _)
            : type == typeof(long) ? long.TryParse(raw, c, out _)
            : type == typeof(decimal) ? decimal.TryParse(raw, c, out _)
            : type == typeof(double) ? double.TryParse(raw, c, out _)
            : type == typeof(bool) ? bool.TryParse(raw, out _)
            : type == typeof(DateOnly) ? DateOnly.TryParse(raw, c, out _)
            : type == typeof(DateTime) ? DateTime.TryParse(raw, c, out _)
            : DateTimeOffset.TryParse(raw, c, out _);
    }
}
