namespace Jixiao.Domain.Library;

/// <summary>A text and how many rows had it (a spelling, a basis, a department, a project kind, a rule title).</summary>
public sealed record LibraryCount(string Text, int Count, string Detail = "");
