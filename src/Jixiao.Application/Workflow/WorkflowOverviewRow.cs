using Jixiao.Data.Entities;
using Jixiao.Domain;
using Jixiao.Domain.Workflow;

namespace Jixiao.Application.Workflow;

/// <summary>One document of the 流程总览.</summary>
public sealed record WorkflowOverviewRow(DepartmentDocument Document, DocumentState State, Grade? Decision, Grade? Suggested, int Errors, int OpenComments);
