namespace Jixiao.Domain.Values;

/// <summary>Where in a month (or year) a date falls: 10月底, 10月初, 10月中旬 …</summary>
public enum DatePosition
{
    None,
    Begin,
    FirstTenDays,
    Middle,
    SecondTenDays,
    LastTenDays,
    End,
}
