namespace Jixiao.Application.Execution;

/// <summary>One bad value of a form or API body: the field (form name or JSON path) and a Chinese message.</summary>
public sealed record InputError(string Field, string Message)
{
    public override string ToString() => Message;
}
