using System.Data.Common;
using Vigil.Documents;
using static Vigil.Storage.StoredCommitmentNames;

namespace Vigil.Storage;

/// <summary>What the commitment tracker decided about an article, written in the article's transaction.</summary>
internal static partial class SharedStore
{
    /// <summary>
    /// Writes the tracker's decisions for the article just inserted (<paramref name="articleKey"/>):
    /// the commitments it starts tracking, what each of the article's commitments states, and the
    /// evidence it links, of this article or of one stored before.
    /// </summary>
    /// <param name="target">The database as error messages name it.</param>
    public static async Task WriteTrackingAsync(DbConnection connection, StoreDialect dialect, string target, long articleKey, ArticleTracking tracking,
        CancellationToken cancellationToken)
    {
        foreach (var created in tracking.Created)
        {
            await using var insert = Command(connection, """
                INSERT INTO tracked_commitments (id, actor_key, actor_name, kind, negated, text)
                VALUES (@id, (SELECT actor_key FROM actors WHERE id = @actor), @actorName, @kind, @negated, @text)
                """, ("id", created.Id), ("kind", Of(created.Kind)), ("negated", dialect.Flag(created.Negated)), ("text", created.Text));
            StoreDialect.AddText(insert, "actor", created.ActorId);
            StoreDialect.AddText(insert, "actorName", created.ActorName);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var statement in tracking.Statements)
        {
            await using var insert = Command(connection, """
                INSERT INTO commitment_statements (article_key, ordinal, tracked_key, similarity)
                VALUES (@article, @ordinal, @tracked, @similarity)
                """, ("article", articleKey), ("ordinal", statement.Ordinal),
                ("tracked", await TrackedKeyOrFailAsync(connection, target, statement.TrackedId, cancellationToken)),
                ("similarity", statement.Similarity));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var evidence in tracking.Evidence)
        {
            // The same passage found again as evidence of the same commitment is kept once.
            await using var insert = Command(connection, dialect.InsertOrIgnore("""
                commitment_evidence (tracked_key, article_key, source, ordinal, start_offset, end_offset, text, stance, score, cues)
                VALUES (@tracked, @article, @source, @ordinal, @start, @end, @text, @stance, @score, @cues)
                """),
                ("tracked", await TrackedKeyOrFailAsync(connection, target, evidence.TrackedId, cancellationToken)),
                ("article", await ArticleKeyAsync(connection, evidence.ArticleId, cancellationToken)
                    ?? throw new StorageException(target, $"the tracker links evidence of article {evidence.ArticleId}, which is not stored")),
                ("source", Of(evidence.Source)), ("ordinal", evidence.Ordinal), ("start", evidence.Span.Start), ("end", evidence.Span.End),
                ("text", evidence.Text), ("stance", Of(evidence.Stance)), ("score", evidence.Score), ("cues", string.Join('\n', evidence.Cues)));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task<long> TrackedKeyOrFailAsync(DbConnection connection, string target, string id, CancellationToken cancellationToken) =>
        await TrackedKeyAsync(connection, id, cancellationToken)
        ?? throw new StorageException(target, $"the tracker links to tracked commitment {id}, which is not stored");
}
