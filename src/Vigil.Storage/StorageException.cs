namespace Vigil.Storage;

/// <summary>
/// Storage failed for a reason the user can act on. <see cref="Target"/> names the database as the
/// user gave it (passwords removed) and <see cref="Exception.Message"/> says why, so that the
/// command line can print <c>vigil: &lt;target&gt;: &lt;why&gt;</c> instead of a stack trace.
/// </summary>
public class StorageException : Exception
{
    public StorageException(string target, string reason, Exception? innerException = null)
        : base(reason, innerException)
    {
        Target = target;
    }

    public string Target { get; }
}
