using Jixiao.Domain.Monitoring;

namespace Jixiao.Documents.Forms;

/// <summary>One cell of an official form, placed on the form's grid (1-based rows and columns, inclusive last
/// row and column for merged cells). <see cref="Text"/> is what Word shows; <see cref="Number"/>, when set, is
/// what Excel stores so the figure stays a number there.</summary>
internal sealed record FormCell(int Row, int Column, int LastRow, int LastColumn, string Text, FormCellKind Kind)
{
    public decimal? Number { get; init; }

    public Light Light { get; init; }

    /// <summary>Fill colour (RRGGBB) of a light cell, the same in Word and Excel.</summary>
    public string? Fill => Kind == FormCellKind.Light ? LightColour(Light) : null;

    public static string? LightColour(Light light) => light switch
    {
        Light.Red => "FF7C80",
        Light.Yellow => "FFE699",
        Light.Green => "A9D08E",
        Light.Blue => "9BC2E6",
        _ => null,
    };
}
