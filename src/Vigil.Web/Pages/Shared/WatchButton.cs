namespace Vigil.Web.Pages.Shared;

/// <summary>The watch or stop-watching form of an actor or a tracked commitment.</summary>
public sealed record WatchButton(string Kind, string Id, bool Watched, string ReturnUrl);
