namespace Jixiao.Domain.Workflow;

/// <summary>The workflow's view of one unit document of one fiscal year: whose it is and where it stands.</summary>
public sealed record WorkflowDocument(string RegionCode, string DepartmentCode, int FiscalYear, DocumentState State);
