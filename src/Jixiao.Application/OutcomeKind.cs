namespace Jixiao.Application;

/// <summary>How a use case ended, for a host to present (the web as an HTTP status, the CLI as an exit code).</summary>
public enum OutcomeKind
{
    Done,

    /// <summary>The request itself is malformed (unknown action, bad target).</summary>
    Invalid,

    NotFound,

    /// <summary>The user may not do this (rights, or the document's state forbids the user's role).</summary>
    Forbidden,

    /// <summary>Someone else changed the record meanwhile, or it exists already.</summary>
    Conflict,

    /// <summary>Allowed in principle, refused by a rule of the workflow (open comments, wrong state …).</summary>
    Refused,
}
