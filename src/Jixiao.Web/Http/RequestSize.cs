using System.Globalization;
using System.Text.RegularExpressions;

namespace Jixiao.Web.Http;

/// <summary>The largest request the server reads (Kestrel's limit) and the message shown when a file is larger.</summary>
public static partial class RequestSize
{
    /// <summary>Kestrel's default maximum request body (30,000,000 bytes), used when the limit is not known.</summary>
    public const long DefaultLimit = 30_000_000;

    public static string TooLarge(long? limit) =>
        $"上传的内容超过了允许的大小（{Megabytes(limit ?? DefaultLimit)} MB），未读取也未导入任何内容。请把文件拆分成较小的文件后分批导入。";

    /// <summary>The limit in Kestrel's message "Request body too large. The max request body size is N bytes."</summary>
    public static long? LimitOf(string message) =>
        BytesPattern().Match(message) is { Success: true } m && long.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string Megabytes(long bytes) => (bytes / 1_000_000m).ToString("0.#", CultureInfo.InvariantCulture);

    [GeneratedRegex("(\\d+) bytes", RegexOptions.CultureInvariant)]
    private static partial Regex BytesPattern();
}
