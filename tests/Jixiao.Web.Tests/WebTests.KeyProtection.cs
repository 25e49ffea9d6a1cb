using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Jixiao.Tests;
using Jixiao.Application;
using Jixiao.Web.Startup;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>The login keys in the database: plain XML by default, encrypted when a certificate is configured.</summary>
public abstract partial class WebTests
{
    [SkippableFact]
    public async Task DataProtectionKeys_AreEncryptedWithTheConfiguredCertificate_AndLoginStillWorks()
    {
        await using var app = await StartAsync();
        var pfx = Path.Combine(TestFiles.TempDirectory(), "jixiao-keys.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=Jixiao test keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "证书密码-1"));
        }

        // The default app (no certificate) writes its key as plain XML when it first signs someone in.
        await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        Assert.Contains(await app.Factory.QueryAsync(db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync()),
            xml => xml!.Contains("<masterKey", StringComparison.Ordinal));
        await app.Factory.QueryAsync(async db => await db.DataProtectionKeys.ExecuteDeleteAsync());

        await using var protectedApp = app.Factory.WithWebHostBuilder(b => b
            .UseSetting(KeyProtection.CertificateFile, pfx)
            .UseSetting(KeyProtection.CertificatePassword, "证书密码-1"));
        var browser = new Browser(protectedApp.CreateClient(new() { AllowAutoRedirect = false }));
        var login = await browser.LoginAsync(Admin, JixiaoAppFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync("/")).StatusCode);

        var keys = await app.Factory.QueryAsync(db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });

        // A wrong password stops the start with a Chinese message instead of writing unprotected keys.
        await using var wrong = app.Factory.WithWebHostBuilder(b => b
            .UseSetting(KeyProtection.CertificateFile, pfx)
            .UseSetting(KeyProtection.CertificatePassword, "错误"));
        var failure = Assert.Throws<InvalidOperationException>(() => wrong.CreateClient());
        Assert.Contains("无法读取配置项 Jixiao:DataProtection:CertificateFile 指定的证书", failure.Message, StringComparison.Ordinal);
    }
}
