namespace Jixiao.Domain.Library;

/// <summary>What the editor is filling in: the typed 三级 name, the row's 二级, the project's name and department.</summary>
public sealed record SuggestionContext(string Typed, string Level2 = "", string ProjectName = "", string DepartmentCode = "");
