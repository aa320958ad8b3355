using System.Reflection;

namespace DanVan.Infrastructure.Web;

/// <summary>
/// The query and route twin of <see cref="StrictEnumJsonConverter"/>: minimal APIs bind enums with
/// <c>Enum.TryParse</c>, which takes any number (<c>?status=9</c>). An endpoint whose handler has enum parameters gets
/// this filter; an undefined value is the same Vietnamese 400 naming the parameter as a bad JSON field.
/// </summary>
public static class DefinedEnumArguments
{
    public static EndpointFilterDelegate Factory(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var checks = context.MethodInfo.GetParameters()
            .Select((p, i) => (Parameter: p, Index: i, Enum: EnumType(p)))
            .Where(x => x.Enum is not null)
            .ToArray();
        if (checks.Length == 0)
        {
            return next;
        }

        return invocation =>
        {
            foreach (var (parameter, index, _) in checks)
            {
                if (invocation.Arguments[index] is Enum value && !Enum.IsDefined(value.GetType(), value))
                {
                    return ValueTask.FromResult<object?>(AppError.BadValue(parameter.Name!).ToProblem());
                }
            }

            return next(invocation);
        };
    }

    private static Type? EnumType(ParameterInfo p)
    {
        var type = Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType;
        return type.IsEnum ? type : null;
    }
}
