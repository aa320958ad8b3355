using System.Text;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Documents;

/// <summary>The grammar a <see cref="DocumentNumber"/> was written in (DOMAIN.md §6).</summary>
public enum DocumentNumberForm
{
    /// <summary>NUM/TYPE-ISSUER(-UNIT)*: 70/KH-UBND, 1549/QĐ-UBND, 16/CT-TTg.</summary>
    StateAdministrative,

    /// <summary>NUM/ISSUER(-UNIT)+, a công văn without a type abbreviation: 840/SNV-XDCQ&amp;TCBC.</summary>
    StateLetter,

    /// <summary>NUM/YEAR/TYPE-ISSUER: 91/2017/NĐ-CP, 07/2023/QĐ-UBND.</summary>
    Normative,

    /// <summary>NUM/YEAR/QH&lt;term&gt;: 06/2022/QH15.</summary>
    Law,

    /// <summary>NUM-TYPE/ISSUER(-ISSUER)*: 114-KL/TW, 120-KH/BDVTU-BCSĐUBND.</summary>
    Party,

    /// <summary>NUM/YEAR/UBTVQH&lt;term&gt;, the National Assembly Standing Committee: 35/2023/UBTVQH15.</summary>
    StandingCommittee,
}

/// <summary>
/// A parsed số, ký hiệu (document number and symbol). Build one with <see cref="Parse"/> or <see cref="TryParse"/>;
/// <see cref="Format"/> writes it back in the canonical form, and <c>Parse(x.Format()) == x</c>.
/// </summary>
/// <remarks>
/// Grammar (DOMAIN.md §6), with NUM relaxed to one digit or more because single digits occur in the wild:
/// <code>
/// StateAdmin  := NUM "/" TYPE "-" ISSUER ("-" UNIT)*      ; TYPE a known abbreviation (KH, QĐ, CT …)
/// StateLetter := NUM "/" ISSUER ("-" UNIT)+               ; first group is not a type abbreviation
/// Normative   := NUM "/" YEAR4 "/" TYPE "-" ISSUER ("-" ISSUER)*   ; joint circulars 01/2014/TTLT-BNV-BTC
/// Law         := NUM "/" YEAR4 "/" "QH" TERM                 ; a law or a resolution of the National Assembly
/// Committee   := NUM "/" YEAR4 "/" "UBTVQH" TERM             ; a resolution or ordinance of its Standing Committee
/// Party       := NUM "-" TYPE "/" ISSUER ("-" ISSUER)*
/// group       := [A-ZĐ (any upper-case letter)] [letters, digits, &amp;]*
/// </code>
/// Before parsing: NFC, trim, a leading "Số:"/"Số" is dropped, en/em dashes become "-", non-breaking spaces become
/// spaces and spaces around "/" and "-" are removed. Any other space is an error. Đ is never folded to D.
/// </remarks>
public sealed record DocumentNumber
{
    public const int MaxLength = 120;
    public const int MinYear = 1945;
    public const int MaxYear = 2100;

    internal DocumentNumber(string number, int? year, DocumentNumberForm form, string? typeCode, IReadOnlyList<string> issuers)
    {
        Number = number;
        Year = year;
        Form = form;
        TypeCode = typeCode;
        Issuers = issuers;
    }

    /// <summary>The sequence number as written: "70", "04", "7".</summary>
    public string Number { get; }

    /// <summary>The year inside normative documents and laws (91/2017/NĐ-CP → 2017); null otherwise.</summary>
    public int? Year { get; }

    public DocumentNumberForm Form { get; }

    /// <summary>The type abbreviation: "KH", "QĐ", "NĐ", "KL"; null for state letters and laws.</summary>
    public string? TypeCode { get; }

    /// <summary>Issuer then drafting units or joint issuers: ["UBND"], ["SNV", "XDCQ&amp;TCBC"], ["CP"], ["QH15"].</summary>
    public IReadOnlyList<string> Issuers { get; }

    /// <summary>
    /// The type the number itself states: Letter for state letters, else the type of <see cref="TypeCode"/> (Other
    /// for Appendix III codes without a type of their own, TTLT/NQLT as Circular/Resolution, the Party's own codes for
    /// Party numbers: TT is a Thông tri there). Null when the number does not decide: a "/QHnn" number is a law or a
    /// resolution of the National Assembly and a "/UBTVQHnn" one a resolution or an ordinance — the text says which —
    /// and an unknown code in a normative or Party number.
    /// </summary>
    public DocumentType? Type => Form switch
    {
        DocumentNumberForm.StateLetter => DocumentType.Letter,
        DocumentNumberForm.Law or DocumentNumberForm.StandingCommittee => null,
        DocumentNumberForm.StateAdministrative => DocumentTypes.FromAbbreviation(TypeCode) ?? DocumentType.Other,
        DocumentNumberForm.Party => DocumentTypes.FromPartyAbbreviation(TypeCode),
        _ => TypeCode switch
        {
            "TTLT" => DocumentType.Circular,
            "NQLT" => DocumentType.Resolution,
            _ => DocumentTypes.FromAbbreviation(TypeCode),
        },
    };

    /// <summary>
    /// The types a document with this number may have; empty when the number does not restrict it (an unknown code).
    /// A state number whose first group is a type code may also be a letter (công văn): a letter's symbol is the
    /// issuer's abbreviation, and a tax department's "CT" (Cục Thuế) reads like a directive's code — "…/CT-CS" is a
    /// letter of the tax department's policy division.
    /// </summary>
    public IReadOnlyList<DocumentType> AllowedTypes => Form switch
    {
        DocumentNumberForm.Law => [DocumentType.Law, DocumentType.Resolution],
        DocumentNumberForm.StandingCommittee => [DocumentType.Resolution, DocumentType.Ordinance],
        DocumentNumberForm.StateAdministrative => [Type!.Value, DocumentType.Letter],
        _ => Type is { } type ? [type] : [],
    };

    /// <summary>Whether a document of <paramref name="type"/> may carry this number (see <see cref="AllowedTypes"/>).</summary>
    public bool Admits(DocumentType type) => AllowedTypes.Count == 0 || AllowedTypes.Contains(type);

    /// <summary>True for the forms with the year inside the number (normative documents, laws, Standing Committee acts).</summary>
    public bool IsNormative => Form is DocumentNumberForm.Normative or DocumentNumberForm.Law or DocumentNumberForm.StandingCommittee;

    /// <summary>Everything after the number: "KH-UBND", "2017/NĐ-CP", "KL/TW", "2022/QH15".</summary>
    public string Symbol => Form switch
    {
        DocumentNumberForm.Normative or DocumentNumberForm.Law or DocumentNumberForm.StandingCommittee => Year + "/" + SymbolWithoutYear,
        _ => SymbolWithoutYear,
    };

    /// <summary>
    /// A stable key for uniqueness (together with issuer and year): the number without leading zeros, "|", the
    /// lower-cased symbol without its year. "070/KH-UBND" → "70|kh-ubnd", "91/2017/NĐ-CP" → "91|nđ-cp", "114-KL/TW" → "114|kl/tw".
    /// </summary>
    public string IdentityKey => Number.TrimStart('0') + "|" + SymbolWithoutYear.ToLowerInvariant();

    /// <summary>
    /// The form stored and shown, with the number padded to two digits as Decree 30/2020 writes it ("7/KH-UBND" →
    /// "07/KH-UBND"); identity (<see cref="IdentityKey"/>) ignores the padding, so "7" and "07" are one document.
    /// </summary>
    public string Canonical => Write(Number.Length < 2 ? Number.PadLeft(2, '0') : Number);

    private string SymbolWithoutYear => Form switch
    {
        DocumentNumberForm.StateAdministrative or DocumentNumberForm.Normative => TypeCode + "-" + string.Join('-', Issuers),
        DocumentNumberForm.StateLetter or DocumentNumberForm.Law or DocumentNumberForm.StandingCommittee => string.Join('-', Issuers),
        DocumentNumberForm.Party => TypeCode + "/" + string.Join('-', Issuers),
        _ => throw new InvalidOperationException(),
    };

    /// <summary>The canonical written form, keeping the number as written: "70/KH-UBND", "91/2017/NĐ-CP", "114-KL/TW", "06/2022/QH15".</summary>
    public string Format() => Write(Number);

    public override string ToString() => Format();

    public bool Equals(DocumentNumber? other) =>
        other is not null
        && Number == other.Number
        && Year == other.Year
        && Form == other.Form
        && TypeCode == other.TypeCode
        && Issuers.SequenceEqual(other.Issuers, StringComparer.Ordinal);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Number, StringComparer.Ordinal);
        hash.Add(Year);
        hash.Add(Form);
        hash.Add(TypeCode, StringComparer.Ordinal);
        foreach (var issuer in Issuers)
        {
            hash.Add(issuer, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>
    /// A state number from a counter (<see cref="DocumentNumbering"/>): <c>ForState(9, "KH", "UBND")</c> → 09/KH-UBND;
    /// without a type code it is a letter, <c>ForState(12, null, "UBND", "VX")</c> → 12/UBND-VX.
    /// </summary>
    public static Result<DocumentNumber> ForState(int sequence, string? typeCode, params string[] issuers) =>
        Compose(sequence, "/", string.Join('-', typeCode is null ? issuers : [typeCode, .. issuers]));

    /// <summary>A Party number from a counter: <c>ForParty(37, "HD", "BTGDVTW")</c> → 37-HD/BTGDVTW.</summary>
    public static Result<DocumentNumber> ForParty(int sequence, string typeCode, params string[] issuers) =>
        Compose(sequence, "-", typeCode + "/" + string.Join('-', issuers));

    private static Result<DocumentNumber> Compose(int sequence, string separator, string symbol)
    {
        if (sequence < 1)
        {
            return new AppError("zero_number", "Số văn bản bắt đầu từ 01.", "number");
        }

        var parsed = Parse(sequence.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + separator + symbol);
        return parsed;
    }

    public static bool TryParse(string? text, out DocumentNumber? number)
    {
        var result = Parse(text);
        number = result.Value;
        return result.Error is null;
    }

    /// <summary>The parsed number, or a Vietnamese error; never throws.</summary>
    public static Result<DocumentNumber> Parse(string? text)
    {
        var cleaned = VietnameseText.Clean(text);
        if (string.IsNullOrEmpty(cleaned))
        {
            return new AppError("required", "Vui lòng nhập số, ký hiệu văn bản.", "number");
        }

        if (cleaned.Length > MaxLength)
        {
            return new AppError("too_long", $"Số, ký hiệu văn bản không được dài quá {MaxLength} ký tự.", "number");
        }

        var normalised = Normalise(cleaned);
        return ParseNormalised(normalised) switch
        {
            { Number: { } number } => number,
            { Error: { } error } => new AppError(error.Code, error.Message(cleaned), "number"),
            _ => throw new InvalidOperationException(),
        };
    }

    private string Write(string number) => Form switch
    {
        DocumentNumberForm.Party => number + "-" + SymbolWithoutYear,
        _ => number + "/" + Symbol,
    };

    private readonly record struct Outcome(DocumentNumber? Number, Failure? Error);

    private sealed record Failure(string Code, Func<string, string> Message);

    private static readonly Failure Malformed = new("bad_number", text =>
        $"Số, ký hiệu văn bản \"{text}\" không đúng mẫu (ví dụ 70/KH-UBND, 91/2017/NĐ-CP, 114-KL/TW).");

    private static readonly Failure Zero = new("zero_number", text =>
        $"Số, ký hiệu văn bản \"{text}\" có số thứ tự bằng 0; số văn bản bắt đầu từ 01.");

    private static Failure BadYear(int year) => new("bad_year", text =>
        $"Năm {year} trong số, ký hiệu văn bản \"{text}\" không hợp lệ (phải từ {MinYear} đến {MaxYear}).");

    /// <summary>Drops "Số:", unifies dashes and spaces, removes spaces around "/" and "-".</summary>
    private static string Normalise(string text)
    {
        var s = text;
        if (s.StartsWith("Số", StringComparison.OrdinalIgnoreCase))
        {
            s = s[2..].TrimStart();
            if (s.StartsWith(':'))
            {
                s = s[1..];
            }
        }

        var sb = new StringBuilder(s.Length);
        foreach (var c in s.Trim())
        {
            var mapped = c switch
            {
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                '\u2044' or '\u2215' => '/',
                _ when char.IsWhiteSpace(c) => ' ',
                _ => c,
            };
            if (mapped is '/' or '-')
            {
                while (sb.Length > 0 && sb[^1] == ' ')
                {
                    sb.Length--;
                }

                sb.Append(mapped);
            }
            else if (mapped == ' ' && sb.Length > 0 && sb[^1] is '/' or '-')
            {
                // Space after a separator: dropped.
            }
            else
            {
                sb.Append(mapped);
            }
        }

        return sb.ToString();
    }

    private static Outcome ParseNormalised(string s)
    {
        var digits = 0;
        while (digits < s.Length && char.IsAsciiDigit(s[digits]))
        {
            digits++;
        }

        if (digits == 0 || digits == s.Length || s[digits] is not ('/' or '-'))
        {
            return new(null, Malformed);
        }

        var number = s[..digits];
        if (number.All(c => c == '0'))
        {
            return new(null, Zero);
        }

        var rest = s[(digits + 1)..];
        return s[digits] == '-' ? ParseParty(number, rest) : ParseState(number, rest);
    }

    private static Outcome ParseParty(string number, string rest)
    {
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return new(null, Malformed);
        }

        var type = rest[..slash];
        var issuers = Groups(rest[(slash + 1)..]);
        return IsGroup(type) && issuers is not null
            ? new(new DocumentNumber(number, null, DocumentNumberForm.Party, type, issuers), null)
            : new(null, Malformed);
    }

    private static Outcome ParseState(string number, string rest)
    {
        var segments = rest.Split('/');
        switch (segments.Length)
        {
            case 1:
                {
                    var groups = Groups(segments[0]);
                    if (groups is null || groups.Length < 2)
                    {
                        return new(null, Malformed);
                    }

                    return DocumentTypes.IsTypeCode(groups[0])
                        ? new(new DocumentNumber(number, null, DocumentNumberForm.StateAdministrative, groups[0], groups[1..]), null)
                        : new(new DocumentNumber(number, null, DocumentNumberForm.StateLetter, null, groups), null);
                }

            case 2:
                {
                    var yearText = segments[0];
                    if (yearText.Length != 4 || !yearText.All(char.IsAsciiDigit))
                    {
                        return new(null, Malformed);
                    }

                    var year = int.Parse(yearText, System.Globalization.CultureInfo.InvariantCulture);
                    if (year is < MinYear or > MaxYear)
                    {
                        return new(null, BadYear(year));
                    }

                    var symbol = segments[1];
                    if (IsAssemblySymbol(symbol, "QH"))
                    {
                        return new(new DocumentNumber(number, year, DocumentNumberForm.Law, null, [symbol]), null);
                    }

                    if (IsAssemblySymbol(symbol, "UBTVQH"))
                    {
                        return new(new DocumentNumber(number, year, DocumentNumberForm.StandingCommittee, null, [symbol]), null);
                    }

                    var groups = Groups(symbol);
                    return groups is null || groups.Length < 2
                        ? new(null, Malformed)
                        : new(new DocumentNumber(number, year, DocumentNumberForm.Normative, groups[0], groups[1..]), null);
                }

            default:
                return new(null, Malformed);
        }
    }

    /// <summary>"QH15" (prefix "QH") or "UBTVQH15" (prefix "UBTVQH"): the prefix then the term's digits.</summary>
    private static bool IsAssemblySymbol(string symbol, string prefix) =>
        symbol.Length > prefix.Length && symbol.StartsWith(prefix, StringComparison.Ordinal) && symbol.Skip(prefix.Length).All(char.IsAsciiDigit);

    /// <summary>"-"-separated groups, or null when one is empty or malformed.</summary>
    private static string[]? Groups(string text)
    {
        var groups = text.Split('-');
        return groups.All(IsGroup) ? groups : null;
    }

    /// <summary>[A-ZĐ][A-Za-zĐđ&amp;0-9]*, with any Vietnamese letter allowed (upper case first).</summary>
    private static bool IsGroup(string group)
    {
        if (group.Length == 0 || !char.IsLetter(group[0]) || !char.IsUpper(group[0]))
        {
            return false;
        }

        foreach (var c in group)
        {
            if (!char.IsLetter(c) && !char.IsAsciiDigit(c) && c != '&')
            {
                return false;
            }
        }

        return true;
    }
}
