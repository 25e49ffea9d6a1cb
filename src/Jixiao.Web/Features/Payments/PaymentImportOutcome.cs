namespace Jixiao.Web.Features.Payments;

/// <summary><c>POST /api/v1/payments</c>: how many records the file had, how many were new and stored, how many were
/// already stored (not counted again).</summary>
public sealed record PaymentImportOutcome(int Records, int Added, int Duplicates, IReadOnlyList<string> Warnings);
