namespace Jixiao.Domain.Goals;

/// <summary>A numbered 绩效目标 of a project ("1.安保经费"), kept exactly as written, typos and repeats included.</summary>
public sealed record Goal(int Number, string Text);
