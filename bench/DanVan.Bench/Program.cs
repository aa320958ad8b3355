namespace DanVan.Bench;

/// <summary>
/// dotnet run -c Release --project bench/DanVan.Bench -- --size M --provider sqlite|postgres [--iterations N] [--smoke].
/// A missed goal is reported, not an error; a crash or an HTTP failure is (exit code ≠ 0).
/// </summary>
public static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        var options = BenchOptions.Parse(args);
        if (options is null)
        {
            await Console.Error.WriteLineAsync(
                "Cách dùng: --size XS|S|M|L --provider sqlite|postgres [--iterations N] [--seconds S] [--workers N] [--seed 42] [--smoke] [--pg \"chuỗi kết nối\"] [--regenerate] [--only lists|coverage|ranking|eligibility|load|storm|export|import|board|\"chữ trong tên khối lượng\"] [--import-rows N] [--viewers N] [--submits N]");
            return 2;
        }

        return await BenchRunner.RunAsync(options, Console.Out);
    }
}
