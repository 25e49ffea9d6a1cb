using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace Jixiao.Application;

/// <summary>
/// The keys that sign the login cookies and anti-forgery tokens live in the database (so every web instance shares
/// them). With a certificate configured (<c>Jixiao:DataProtection:CertificateFile</c>, a .pfx, and
/// <c>…:CertificatePassword</c>) they are stored encrypted with it, so a copy of the database alone cannot forge a
/// login; without one they are stored as plain XML (fine for one machine; ASP.NET Core warns at start). The same ring
/// signs the audit checkpoint, so the <c>jixiao</c> command reads the certificate from the environment variables
/// <c>Jixiao__DataProtection__CertificateFile</c> and <c>…__CertificatePassword</c>, as the web app does.
/// </summary>
public static class KeyProtection
{
    public const string CertificateFile = "Jixiao:DataProtection:CertificateFile";

    public const string CertificatePassword = "Jixiao:DataProtection:CertificatePassword";

    /// <summary>The certificate settings from the environment (the <c>jixiao</c> command has no other configuration).</summary>
    public static (string? File, string? Password) FromEnvironment() =>
        (Environment.GetEnvironmentVariable(CertificateFile.Replace(":", "__", StringComparison.Ordinal)),
         Environment.GetEnvironmentVariable(CertificatePassword.Replace(":", "__", StringComparison.Ordinal)));

    public static IDataProtectionBuilder ProtectWithCertificate(this IDataProtectionBuilder builder, string? file, string? password)
    {
        if (string.IsNullOrWhiteSpace(file))
        {
            return builder;
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(file, password, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException)
        {
            // Starting without it would write unencrypted keys into a database the administrator meant to protect.
            throw new InvalidOperationException(
                $"无法读取配置项 {CertificateFile} 指定的证书“{file}”：{ex.Message}。请检查文件路径和 {CertificatePassword}（证书密码），或删除这两项以不加密方式保存密钥。", ex);
        }

        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException($"证书“{file}”不含私钥，不能用于解密登录密钥。请导出含私钥的 .pfx 文件。");
        }

        return builder.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
    }
}
