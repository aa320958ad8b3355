namespace DanVan.Features.Demo;

/// <summary>Name material for the demo province: family names weighted roughly by their real frequency.</summary>
internal static class DemoNames
{
    public static readonly (string Name, int Weight)[] Families =
    [
        ("Nguyễn", 38), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Huỳnh", 4), ("Hoàng", 3), ("Phan", 4), ("Vũ", 2), ("Võ", 3),
        ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 2), ("Ngô", 2), ("Dương", 1), ("Lý", 1), ("Đào", 1), ("Đinh", 1),
        ("Trương", 1), ("Lương", 1),
    ];

    public static readonly string[] MaleMiddle = ["Văn", "Hữu", "Đức", "Minh", "Quang", "Công", "Thành", "Ngọc", "Xuân", "Đình"];
    public static readonly string[] FemaleMiddle = ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Hồng", "Mỹ", "Phương"];

    public static readonly string[] MaleGiven =
        ["An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Huy", "Khánh", "Long", "Nam", "Phong", "Quân", "Sơn", "Tài",
         "Thắng", "Trung", "Tuấn", "Việt", "Vinh", "Lộc", "Phúc", "Hiếu", "Tâm", "Ấn"];

    public static readonly string[] FemaleGiven =
        ["Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai", "Ngân", "Nhung", "Oanh", "Phượng",
         "Quyên", "Thảo", "Trang", "Tuyết", "Vân", "Yến", "Nga", "Huyền", "Loan", "Thủy"];

    public static readonly string[] CommuneFirst =
        ["Tịnh", "Bình", "Nghĩa", "Đức", "Phổ", "Hành", "An", "Long", "Tân", "Phước", "Hòa", "Thạnh", "Sơn", "Trà", "Ba"];

    public static readonly string[] CommuneSecond =
        ["Sơn", "Hiệp", "Thắng", "Phong", "Minh", "Khánh", "Thuận", "Lợi", "An", "Hòa", "Phú", "Trung", "Đông", "Tây", "Bắc",
         "Nam", "Châu", "Hải", "Giang", "Lâm"];

    public static readonly string[] Wards =
        ["Trần Phú", "Lê Hồng Phong", "Nghĩa Chánh", "Chánh Lộ", "Quảng Phú", "Nghĩa Lộ", "Trương Quang Trọng", "Cẩm Thành",
         "Đức Phổ", "Sa Huỳnh", "Phổ Ninh", "Trà Câu", "Nguyễn Nghiêm", "Lê Lợi", "Hùng Vương"];

    public static readonly string[] Ethnicities = ["Kinh", "Kinh", "Kinh", "Kinh", "Kinh", "Kinh", "Hrê", "Co", "Ca Dong", "Hoa"];

    public static readonly string[] Positions =
        ["Chuyên viên", "Chuyên viên chính", "Phó Trưởng phòng", "Trưởng phòng", "Cán sự", "Kế toán", "Văn thư", "Nhân viên"];
}
