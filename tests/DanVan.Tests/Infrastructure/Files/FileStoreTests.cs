using System.Net;
using System.Security.Cryptography;
using DanVan.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DanVan.Tests.Infrastructure.Files;

/// <summary>Uploaded files live in the file store, not in the tables (ADR 0015).</summary>
public sealed class FileStoreTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_attachment_is_stored_once_by_its_hash_outside_the_database_and_downloaded_byte_for_byte(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.ClientForAsync("thidua.stp");
        var stp = await app.UnitIdAsync("STP");
        using var created = await officer.PostJsonAsync("/api/v1/documents", new
        {
            number = "41/KH-STP", type = "Plan", issuerUnitId = stp, issueDate = "2026-03-02", title = "Kế hoạch có tệp đính kèm",
        });
        var id = (await created.ReadAsync<IdOnly>(HttpStatusCode.Created)).Id;

        var first = await UploadAsync(officer, id, "ke-hoach.pdf");
        var second = await UploadAsync(officer, id, "ban-sao.pdf"); // the same bytes under another name
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(Security.MovementData.Pdf));
        var store = await app.WithDbAsync(db => Task.FromResult(db.Files));
        store.Exists(sha256).ShouldBeTrue();
        Directory.GetFiles(store.Root, "*", SearchOption.AllDirectories).Count(f => Path.GetFileName(f) == sha256).ShouldBe(1);
        (await app.WithDbAsync(db => db.DocumentAttachments.Where(a => a.DocumentId == id).Select(a => a.Sha256).ToListAsync()))
            .ShouldBe([sha256, sha256]);

        foreach (var attachment in new[] { first, second })
        {
            using var download = await officer.GetAsync($"/api/v1/documents/{id}/attachments/{attachment}");
            download.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await download.Content.ReadAsByteArrayAsync()).ShouldBe(Security.MovementData.Pdf);
            download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
            download.Headers.ETag!.Tag.ShouldBe($"\"{sha256}\"");
        }

        // A file gone from the store is a broken installation: the invariant checker names it.
        File.Delete(store.PathOf(sha256));
        var results = await app.WithDbAsync(db => DanVan.Infrastructure.Data.Invariants.CheckAsync(db, Path.Combine(store.Root, "none.log"), CancellationToken.None));
        results.Single(r => r.Name.StartsWith("Mọi tệp đính kèm", StringComparison.Ordinal)).Broken.ShouldBe(1);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Upgrading_a_database_that_kept_files_inline_moves_them_to_the_store_before_the_columns_go(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var document = await app.WithDbAsync(db => db.Documents.OrderBy(d => d.Id).Select(d => new { d.Id, d.TenantId }).FirstAsync());
        var content = "%PDF-1.4 tệp cũ lưu trong cơ sở dữ liệu"u8.ToArray();
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        await app.WithDbAsync(async db =>
        {
            var migrations = db.Database.GetMigrations().ToList();
            var before = migrations[migrations.FindIndex(m => m.EndsWith("_" + InlineFiles.Migration, StringComparison.Ordinal)) - 1];
            await db.GetService<IMigrator>().MigrateAsync(before); // the schema of the previous version, with Content columns
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO "DocumentAttachments" ("Id", "TenantId", "DocumentId", "FileName", "ContentType", "Size", "Sha256", "Content", "CreatedAt", "UpdatedAt")
                VALUES (@id, @tenant, @document, 'cu.pdf', 'application/pdf', @size, @sha, @content, @now, @now)
                """;
            foreach (var (name, value) in new (string, object)[]
                     {
                         ("id", Guid.CreateVersion7()), ("tenant", document.TenantId), ("document", document.Id), ("size", (long)content.Length),
                         ("sha", sha256), ("content", content), ("now", DateTime.UtcNow),
                     })
            {
                var p = command.CreateParameter();
                p.ParameterName = name;
                p.Value = value;
                command.Parameters.Add(p);
            }

            await command.ExecuteNonQueryAsync();
            await db.Database.CloseConnectionAsync();
        });
        var store = await app.WithDbAsync(db => Task.FromResult(db.Files));
        store.Exists(sha256).ShouldBeFalse();

        await DanVan.Startup.MigrateAsync(app.Services); // what the app does at start

        (await store.IsIntactAsync(sha256, CancellationToken.None)).ShouldBeTrue();
        (await File.ReadAllBytesAsync(store.PathOf(sha256))).ShouldBe(content);
        (await app.WithDbAsync(db => db.Database.GetPendingMigrationsAsync())).ShouldBeEmpty();
        (await app.WithDbAsync(db => db.DocumentAttachments.Where(a => a.DocumentId == document.Id).Select(a => a.Sha256).ToListAsync())).ShouldContain(sha256);
        // The rows that had no bytes inline (the demo's photos, stored as files already) are untouched and intact.
        (await app.WithDbAsync(async db => await db.Files.BrokenAsync(await db.ReferencedFiles().ToListAsync(), CancellationToken.None))).ShouldBeEmpty();
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_sweep_removes_only_old_files_no_row_refers_to_and_spares_one_an_upload_is_reusing(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var store = await app.WithDbAsync(db => Task.FromResult(db.Files));
        var referenced = await app.WithDbAsync(db => db.ReferencedFiles().ToListAsync()); // the demo's photos
        referenced.ShouldNotBeEmpty();
        var old = DateTime.UtcNow.AddDays(-3);

        async Task<string> PlantAsync(string text, DateTime writtenAt)
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(text);
            var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
            await store.SaveAsync(sha256, bytes, CancellationToken.None);
            File.SetLastWriteTimeUtc(store.PathOf(sha256), writtenAt);
            return sha256;
        }

        var orphan = await PlantAsync("tệp mồ côi: lưu xong nhưng bản ghi không được lưu", old);
        var young = await PlantAsync("tệp mới ghi: bản ghi của nó sắp được lưu", DateTime.UtcNow);
        var reused = await PlantAsync("tệp cũ mà một lần tải lên cùng nội dung vừa gặp lại", old);
        await store.SaveAsync(reused, System.Text.Encoding.UTF8.GetBytes("tệp cũ mà một lần tải lên cùng nội dung vừa gặp lại"), CancellationToken.None);
        var temporary = Path.Combine(store.Root, "ab", $".{new string('a', 64)}.{Guid.NewGuid():N}.tmp");
        Directory.CreateDirectory(Path.GetDirectoryName(temporary)!);
        await File.WriteAllTextAsync(temporary, "một lần ghi dở");
        File.SetLastWriteTimeUtc(temporary, old);
        foreach (var sha256 in referenced)
        {
            File.SetLastWriteTimeUtc(store.PathOf(sha256), old); // old but in use: kept
        }

        using (var dry = new StringWriter())
        {
            (await SweepFiles.RunAsync(app.Services, ["sweep-files", "--dry-run"], dry, CancellationToken.None)).ShouldBe(0);
            dry.ToString().ShouldContain("sẽ xoá 1 tệp");
            store.Exists(orphan).ShouldBeTrue("a dry run removes nothing");
        }

        using var output = new StringWriter();
        (await SweepFiles.RunAsync(app.Services, ["sweep-files"], output, CancellationToken.None)).ShouldBe(0);
        output.ToString().ShouldContain("Đã xoá 1 tệp không còn bản ghi nào dùng");
        output.ToString().ShouldContain("1 tệp ghi dở");
        store.Exists(orphan).ShouldBeFalse();
        File.Exists(temporary).ShouldBeFalse();
        store.Exists(young).ShouldBeTrue("young: perhaps an upload in flight");
        store.Exists(reused).ShouldBeTrue("an upload found it and is about to commit its row");
        (await store.BrokenAsync(referenced, CancellationToken.None)).ShouldBeEmpty();
        Directory.GetFiles(store.Root, "*.sweep", SearchOption.AllDirectories).ShouldBeEmpty();

        using var bad = new StringWriter();
        (await SweepFiles.RunAsync(app.Services, ["sweep-files", "--older-than-hours", "0"], bad, CancellationToken.None)).ShouldBe(2);
        bad.ToString().ShouldContain("Cách dùng");
    }

    [Fact]
    public void A_file_left_aside_by_a_sweep_that_stopped_comes_back_when_a_row_refers_to_it_and_goes_otherwise()
    {
        var root = Directory.CreateTempSubdirectory("danvan-sweep-").FullName;
        try
        {
            var store = new FileStore(root);
            var (kept, gone) = (new string('1', 64), new string('2', 64));
            foreach (var sha256 in new[] { kept, gone })
            {
                Directory.CreateDirectory(Path.Combine(root, sha256[..2]));
                File.WriteAllText(Path.Combine(root, sha256[..2], $".{sha256}.sweep"), "x");
            }

            store.Sweep(new HashSet<string> { kept }, TimeSpan.FromHours(1), dryRun: false);
            File.Exists(store.PathOf(kept)).ShouldBeTrue();
            File.Exists(store.PathOf(gone)).ShouldBeFalse();
            Directory.GetFiles(root, "*", SearchOption.AllDirectories).Length.ShouldBe(1);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<Guid> UploadAsync(HttpClient client, Guid documentId, string name)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Security.MovementData.Pdf), "file", name } };
        using var response = await client.PostAsync($"/api/v1/documents/{documentId}/attachments", form);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.ReadAsync<IdOnly>()).Id;
    }

    private sealed record IdOnly(Guid Id);
}
