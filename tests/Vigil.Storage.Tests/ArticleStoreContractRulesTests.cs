using System.Reflection;

namespace Vigil.Storage.Tests;

/// <summary>
/// The contract suite runs on stores whose server may be absent (PostgreSQL without
/// VIGIL_TEST_POSTGRES), which skip by throwing Xunit's SkipException: only [SkippableFact] and
/// [SkippableTheory] report that as skipped; under a plain [Fact] it is a failure.
/// </summary>
public sealed class ArticleStoreContractRulesTests
{
    [Fact]
    public void Every_contract_test_can_be_skipped_by_a_store_without_its_server()
    {
        var plain = typeof(ArticleStoreContract).GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly)
            .Where(m => m.GetCustomAttributes<FactAttribute>().Any(a => a is not (SkippableFactAttribute or SkippableTheoryAttribute)))
            .Select(m => m.Name)
            .ToList();

        Assert.True(plain.Count == 0,
            $"mark these contract tests [SkippableFact] or [SkippableTheory], not [Fact] or [Theory]: {string.Join(", ", plain)}");
    }
}
