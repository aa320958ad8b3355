using System.Globalization;
using DanVan.Infrastructure.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DanVan.Infrastructure.Web;

/// <summary>
/// Decimals bound from a form or query. A browser's <c>&lt;input type="number"&gt;</c> always sends "1.5", whatever the
/// page's language; the default binder parsed it with the request culture (vi-VN, where "." groups thousands) and read
/// 15 — a silent factor of ten on every decimal typed into a page (prize multiples, points). Here the invariant form is
/// read first; a Vietnamese "1,5" (a text field, a pasted value) is still understood; anything else is a Vietnamese error.
/// </summary>
public sealed class NumberModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        (Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType) == typeof(decimal) ? new DecimalBinder() : null;

    /// <summary>"1.5", "1,5", "-2", " 3 " → the number; "1.234,5" (vi-VN with a thousands dot) too; null for text that is no number.</summary>
    public static decimal? Parse(string? text)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var invariant))
        {
            return invariant;
        }

        return decimal.TryParse(text, NumberStyles.Number, VietnameseText.Culture, out var vietnamese) ? vietnamese : null;
    }

    private sealed class DecimalBinder : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext bindingContext)
        {
            var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
            if (value == ValueProviderResult.None)
            {
                return Task.CompletedTask;
            }

            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
            var text = value.FirstValue;
            if (string.IsNullOrWhiteSpace(text))
            {
                if (bindingContext.ModelMetadata.IsReferenceOrNullableType)
                {
                    bindingContext.Result = ModelBindingResult.Success(null);
                }

                return Task.CompletedTask;
            }

            if (Parse(text) is { } number)
            {
                bindingContext.Result = ModelBindingResult.Success(number);
            }
            else
            {
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, $"Giá trị “{text}” không phải là một số.");
            }

            return Task.CompletedTask;
        }
    }
}
