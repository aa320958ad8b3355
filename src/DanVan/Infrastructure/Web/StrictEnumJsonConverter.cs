using System.Text.Json;
using System.Text.Json.Serialization;

namespace DanVan.Infrastructure.Web;

/// <summary>
/// The one JSON rule for enums: a value is accepted by its name (any case) or its number only when the enum defines it.
/// <see cref="JsonStringEnumConverter"/> accepts any integer, so <c>"status": 9</c> was stored and broke every page that
/// read the row; here it is a <see cref="JsonException"/>, which the edge answers as a 400 naming the field.
/// </summary>
public sealed class StrictEnumJsonConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    private sealed class Converter<T> : JsonConverter<T> where T : struct, Enum
    {
        private static readonly Dictionary<string, T> ByName = Enum.GetValues<T>()
            .ToDictionary(v => v.ToString(), StringComparer.OrdinalIgnoreCase);

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String when reader.GetString() is { } name && ByName.TryGetValue(name.Trim(), out var named):
                    return named;
                case JsonTokenType.Number when reader.TryGetInt64(out var number):
                    var value = (T)Enum.ToObject(typeof(T), number);
                    if (Enum.IsDefined(value))
                    {
                        return value;
                    }

                    break;
            }

            throw new JsonException($"Giá trị không thuộc {typeof(T).Name}.");
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }
}
