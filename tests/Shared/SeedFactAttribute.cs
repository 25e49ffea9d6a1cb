using System.Runtime.CompilerServices;

namespace Jixiao.Tests;

/// <summary>A test of the seed document's own facts (../shared/seeds beside the repository). Where the seed is absent
/// (a fresh clone) the test is skipped at discovery with <see cref="TestFiles.SeedSkipReason"/>; under
/// JIXIAO_REQUIRE_SEED=1 (set by .ci/run) it always runs, so a missing seed fails there. The console logger of `dotnet test` shows a skip reason only at normal
/// verbosity, so a skipped test also carries the reason in its display name, which every verbosity prints.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SeedFactAttribute : FactAttribute
{
    public SeedFactAttribute([CallerMemberName] string test = "", [CallerFilePath] string file = "")
    {
        if (TestFiles.SeedSkipReason is { } reason)
        {
            Skip = reason;
            DisplayName = $"{Path.GetFileNameWithoutExtension(file)}.{test}（跳过：仓库旁没有种子文档 ../shared/seeds/{TestFiles.SeedName}）";
        }
    }
}
