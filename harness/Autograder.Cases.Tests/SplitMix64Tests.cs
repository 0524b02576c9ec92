namespace Autograder.Cases.Tests;

public sealed class SplitMix64Tests
{
    [Fact]
    public void Seed_0_gives_the_published_SplitMix64_sequence()
    {
        var random = new SplitMix64(0);

        Assert.Equal(
            [0xE220A8397B1DCDAFUL, 0x6E789E6AA1B965F4UL, 0x06C45D188009454FUL],
            [random.Next(), random.Next(), random.Next()]);
    }

    [Fact]
    public void Between_stays_within_both_bounds_and_reaches_each_of_them()
    {
        var random = new SplitMix64(7);

        var values = Enumerable.Range(0, 2000).Select(_ => random.Between(3, 6)).ToHashSet();

        Assert.Equal([3UL, 4UL, 5UL, 6UL], values.Order());
    }

    [Fact]
    public void NextDouble_stays_in_the_half_open_unit_interval()
    {
        var random = new SplitMix64(11);

        Assert.All(Enumerable.Range(0, 1000).Select(_ => random.NextDouble()), d => Assert.InRange(d, 0.0, 0.9999999999999999));
    }
}
