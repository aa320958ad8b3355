namespace DanVan.Features.Certificates;

/// <summary>The grounds on which an award is annulled (Law 06/2022/QH15, chapter VII; DOMAIN.md): a closed list. Stored by name.</summary>
public enum RevocationGround
{
    A,
    B,
    C,
    D,
}

/// <summary>Each ground's letter, text and citation, stated once (the form, the decision's register text, the verification page).</summary>
public static class RevocationGrounds
{
    public const string Citation = "Chương VII Luật Thi đua, khen thưởng số 06/2022/QH15";

    public sealed record Ground(RevocationGround Value, string Letter, string Text)
    {
        public string Label => $"{Letter}) {Text}";

        public string Cited => $"điểm {Letter}, {Citation}: {Text}";
    }

    public static readonly IReadOnlyList<Ground> All =
    [
        new(RevocationGround.A, "a", "Cá nhân, tập thể được khen thưởng đã kê khai gian dối thành tích"),
        new(RevocationGround.B, "b", "Thông tin trong hồ sơ đề nghị khen thưởng không đúng sự thật hoặc hồ sơ bị làm giả"),
        new(RevocationGround.C, "c", "Việc thẩm định, xét duyệt, đề nghị khen thưởng vi phạm pháp luật"),
        new(RevocationGround.D, "d", "Có kết luận, bản án cho thấy không đạt tiêu chuẩn khen thưởng trong thời gian được xét"),
    ];

    public static Ground Of(RevocationGround g) => All.Single(x => x.Value == g);
}
