using Jixiao.Documents.Grid;

namespace Jixiao.Documents.FormReading;

/// <summary>A cell of a filled-in form recognised as a label: the field it names, the addition in parentheses (a
/// money unit, 长期 …), the points it prints ("产出指标(50分)" → 50), the month of a 1–N月 label, and the value
/// written after its colon in the same cell.</summary>
internal sealed record FormLabel(GridCell Cell, string Field, string Qualifier, decimal? Points, int? Month, string? InlineValue);
