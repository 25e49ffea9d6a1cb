namespace Jixiao.Domain.Workflow;

/// <summary>The acts that move a document from one <see cref="DocumentState"/> to another.</summary>
public enum WorkflowAction
{
    /// <summary>提交: send the draft, the revised document or the amendment to review.</summary>
    Submit,

    /// <summary>退回: send it back to the unit with comments.</summary>
    Return,

    /// <summary>批复: approve it with a 88号 grade of 优 or 良.</summary>
    Approve,

    /// <summary>公开: publish the approved document on the public site.</summary>
    Publish,

    /// <summary>撤销公开: take a document off the public site (published by mistake); it stays approved.</summary>
    Unpublish,

    /// <summary>发起调整: open an amendment of an approved document (财预〔2015〕88号 第二十八条).</summary>
    StartAmendment,
}
