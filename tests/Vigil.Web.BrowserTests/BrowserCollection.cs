namespace Vigil.Web.BrowserTests;

/// <summary>One browser journey at a time: each Chromium takes a core, and the machine has two.</summary>
[CollectionDefinition("browser")]
public sealed class BrowserCollection;
