namespace Vigil.Cli.Tests.Support;

/// <summary>A test that reads ../shared: skipped, saying why, on a machine without it.</summary>
public sealed class NeedsSharedFactAttribute : FactAttribute
{
    public NeedsSharedFactAttribute()
    {
        if (Repo.Shared is null)
            Skip = Repo.SharedMissing;
    }
}
