namespace Jixiao.Documents.Forms;

/// <summary>How a cell of an official form looks in Word and Excel.</summary>
internal enum FormCellKind
{
    /// <summary>A printed label: centred.</summary>
    Label,

    /// <summary>Filled-in text: left-aligned, wrapped.</summary>
    Text,

    /// <summary>Filled-in short value: centred (执行率, 等级, 完成目标可能性).</summary>
    Centered,

    /// <summary>An amount in 万元: right-aligned; a number cell in Excel.</summary>
    Money,

    /// <summary>分值 or 得分: centred, two decimals; a number cell in Excel.</summary>
    Score,

    /// <summary>A warning light: its word on its colour.</summary>
    Light,
}
