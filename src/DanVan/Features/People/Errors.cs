using DanVan.Infrastructure.Web;

namespace DanVan.Features.People;

public static class PersonErrors
{
    public static readonly AppError UnitRequired = new("person.unit_required", "Vui lòng chọn đơn vị công tác.", "UnitId");
    public static readonly AppError UnitClosed = new("person.unit_closed", "Đơn vị đã ngừng hoạt động; hãy chọn đơn vị kế thừa.", "UnitId");
    public static readonly AppError SameUnit = new("person.same_unit", "Người này đang công tác tại đơn vị đã chọn.", "UnitId");
    public static readonly AppError BirthYearInFuture = new("person.birth_year_future", "Năm sinh không được lớn hơn năm hiện tại.", "BirthYear");
}
