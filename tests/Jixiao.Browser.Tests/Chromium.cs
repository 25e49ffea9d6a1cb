using Microsoft.Playwright;

namespace Jixiao.Browser.Tests;

/// <summary>Debian's chromium driven by Playwright (no browser download). Missing on a developer machine the
/// test is skipped with a message; under CI=true it fails, because .ci/run installs it.</summary>
internal static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    public static void EnsureAvailable()
    {
        if (File.Exists(Path))
        {
            return;
        }

        var message = $"找不到 {Path}：请安装 chromium 和 fonts-noto-cjk（apt-get install -y chromium fonts-noto-cjk）。";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("CI=true 时必须运行浏览器测试。" + message);
        }

        throw new SkipException(message);
    }

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new()
    {
        ExecutablePath = Path,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
}
