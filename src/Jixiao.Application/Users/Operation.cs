namespace Jixiao.Application.Users;

/// <summary>What a user asks to do with a <see cref="Resource"/>; <see cref="AccessPolicy"/> answers.</summary>
public enum Operation
{
    /// <summary>See it (pages, API, exports, audit).</summary>
    Read,

    /// <summary>Change its content (forms, API writes, imports).</summary>
    Edit,

    /// <summary>提交 or 发起调整 a department document.</summary>
    Submit,

    /// <summary>Comment on, resolve comments of, or 退回 a submitted document.</summary>
    Review,

    /// <summary>批复 a document.</summary>
    Approve,

    /// <summary>公开 or 撤销公开 a document.</summary>
    Publish,

    /// <summary>Manage accounts, region settings and the whole audit log.</summary>
    Administer,
}
