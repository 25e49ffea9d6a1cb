namespace Jixiao.Data.Setup;

public enum DatabaseProvider
{
    /// <summary>The embedded default: one file, one clerk.</summary>
    Sqlite,

    /// <summary>Production: shared by several web instances.</summary>
    Postgres,
}
