namespace Jixiao.Application.Documents;

/// <summary>A project was saved by someone else since the editor loaded it; nothing of this save was stored.</summary>
public sealed class ProjectConcurrencyException(int projectId, int expectedVersion, int currentVersion)
    : Exception($"项目 {projectId} 已由他人保存为第 {currentVersion} 版（本次修改基于第 {expectedVersion} 版）。")
{
    public int ProjectId { get; } = projectId;

    public int ExpectedVersion { get; } = expectedVersion;

    public int CurrentVersion { get; } = currentVersion;
}
