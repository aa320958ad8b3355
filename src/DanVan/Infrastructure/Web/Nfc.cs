using System.Text.Json;
using System.Text.Json.Serialization;
using DanVan.Infrastructure.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DanVan.Infrastructure.Web;

/// <summary>Every string bound from a form or route is trimmed and NFC-normalised before any code sees it.</summary>
public sealed class NfcModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(string) ? new NfcModelBinder() : null;

    private sealed class NfcModelBinder : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext bindingContext)
        {
            var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
            if (value == ValueProviderResult.None)
            {
                return Task.CompletedTask;
            }

            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
            var cleaned = VietnameseText.Clean(value.FirstValue);
            bindingContext.Result = ModelBindingResult.Success(string.IsNullOrEmpty(cleaned) && bindingContext.ModelMetadata.ConvertEmptyStringToNull ? null : cleaned);
            return Task.CompletedTask;
        }
    }
}

/// <summary>Every string in a JSON body is trimmed and NFC-normalised.</summary>
public sealed class NfcJsonConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        VietnameseText.Clean(reader.GetString());

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
