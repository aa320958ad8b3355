namespace DanVan.Features.Generate;

/// <summary>
/// Makes generated rows identical for the same seed: the domain factories mint random UUIDv7 ids, so every primary
/// key is replaced on write by a deterministic UUIDv7 (a fixed clock advancing 1 ms per row, random bits from the
/// seed), and every reference, materialised path and id-bearing key is translated through the same map.
/// </summary>
internal sealed class StableIds(int seed)
{
    private static readonly long BaseMs = new DateTimeOffset(2025, 7, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
    private readonly Dictionary<Guid, Guid> map = [];
    private readonly Random random = new(unchecked(seed * 7919 + 17));
    private long counter;

    public int Count => map.Count;

    public Guid Assign(Guid original)
    {
        if (map.TryGetValue(original, out var existing))
        {
            return existing;
        }

        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        var ms = BaseMs + counter++;
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(ms >> (8 * (5 - i)));
        }

        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        var stable = new Guid(bytes, bigEndian: true);
        map[original] = stable;
        return stable;
    }

    public Guid Map(Guid original) => map.TryGetValue(original, out var stable) ? stable : original;

    /// <summary>Translates every 32-hex id segment of "/a/b/" paths and of issuer keys.</summary>
    public string MapText(string text)
    {
        if (text.Length == 32)
        {
            return Guid.TryParseExact(text, "N", out var id) ? Map(id).ToString("N") : text;
        }

        if (!text.Contains('/', StringComparison.Ordinal))
        {
            return text;
        }

        var parts = text.Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length == 32 && Guid.TryParseExact(parts[i], "N", out var id))
            {
                parts[i] = Map(id).ToString("N");
            }
        }

        return string.Join('/', parts);
    }
}
