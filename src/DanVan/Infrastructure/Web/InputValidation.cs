using System.ComponentModel.DataAnnotations;

namespace DanVan.Infrastructure.Web;

/// <summary>Runs the annotations on a request object (the same ones Razor Pages run), for API endpoints.</summary>
public static class InputValidation
{
    public static Dictionary<string, string[]>? Errors(object input)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true))
        {
            return null;
        }

        return results
            .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [""]).Select(m => (Member: m, Message: r.ErrorMessage ?? "")))
            .GroupBy(x => x.Member)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Message).ToArray());
    }
}
