using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace DanVan.Infrastructure.Web;

/// <summary>
/// Form posts that cannot be bound (a number field with letters, an enum value the form never offered such as
/// <c>Input.Status=9</c>) are model errors; these are their Vietnamese texts, so no page shows MVC's English ones.
/// </summary>
public static class VietnameseBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider m)
    {
        m.SetAttemptedValueIsInvalidAccessor((value, field) => $"Giá trị “{value}” của trường “{field}” không hợp lệ.");
        m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Giá trị “{value}” không hợp lệ.");
        m.SetUnknownValueIsInvalidAccessor(field => $"Giá trị của trường “{field}” không hợp lệ.");
        m.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Giá trị không hợp lệ.");
        m.SetValueIsInvalidAccessor(value => $"Giá trị “{value}” không hợp lệ.");
        m.SetValueMustBeANumberAccessor(field => $"Trường “{field}” phải là một số.");
        m.SetNonPropertyValueMustBeANumberAccessor(() => "Giá trị phải là một số.");
        m.SetValueMustNotBeNullAccessor(value => $"Vui lòng nhập giá trị cho “{value}”.");
        m.SetMissingBindRequiredValueAccessor(field => $"Thiếu giá trị cho trường “{field}”.");
        m.SetMissingKeyOrValueAccessor(() => "Thiếu giá trị.");
        m.SetMissingRequestBodyRequiredValueAccessor(() => "Thiếu nội dung yêu cầu.");
    }
}
