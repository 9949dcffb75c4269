using Vigil.Documents;

namespace Vigil.Pipeline;

/// <summary>
/// One step of analysis: takes a document and returns it with the layers in <see cref="Provides"/>
/// added. A stage knows nothing of files, storage, HTTP or the console, and must be safe to call
/// from several threads at once (keep per-document state in locals).
/// </summary>
public interface IDocumentStage
{
    string Name { get; }

    AnnotationLayers Requires { get; }

    AnnotationLayers Provides { get; }

    Document Process(Document document);
}
