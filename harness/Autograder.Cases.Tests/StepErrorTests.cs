namespace Autograder.Cases.Tests;

public sealed class StepErrorTests
{
    private const string Operations = "the operations are create_zone, zalloc, zfree, block_size, zone_size, destroy_zone, zdump";

    [Theory]
    [InlineData("zmalloc z 8", "5:1: unknown operation 'zmalloc'; did you mean 'zalloc'? " + Operations + "; or a line starts with case, description, heap-limit, generate or trace")]
    [InlineData("heap_limit 5", "5:1: unknown operation 'heap_limit'; did you mean 'heap-limit'? " + Operations + "; or a line starts with case, description, heap-limit, generate or trace")]
    [InlineData("generat seed=1", "5:1: unknown operation 'generat'; did you mean 'generate'? " + Operations + "; or a line starts with case, description, heap-limit, generate or trace")]
    [InlineData("b = frobnicate z", "5:5: unknown operation 'frobnicate'; " + Operations)]
    [InlineData("b = zfree z a", "5:1: zfree returns nothing to bind; remove 'b =', as in 'zfree z a'")]
    [InlineData("create_zone 64", "5:1: create_zone needs a name to bind its zone to; write it as in 'z = create_zone 256'")]
    [InlineData("b=zalloc z 8", "5:1: put spaces around '=', as in 'a = zalloc z 16'")]
    [InlineData("b =zalloc z 8", "5:3: put spaces around '=', as in 'a = zalloc z 16'")]
    [InlineData("b =  # forgot", "5:4: expected an operation after 'b =', found the end of the line; write it as in 'a = zalloc z 16'")]
    public void Operation_and_binding_mistakes_are_errors_that_say_what_to_write(string step, string expected)
    {
        Assert.Equal($"{Parsing.File}:{expected}", Parsing.StepError(step));
    }

    [Theory]
    [InlineData("null = zalloc z 8", "5:1: 'null' is a keyword and cannot name a block; choose another name")]
    [InlineData("zalloc = zalloc z 8", "5:1: 'zalloc' is a keyword and cannot name a block; choose another name")]
    [InlineData("ok = create_zone 8", "5:1: 'ok' is a keyword and cannot name a zone; choose another name")]
    [InlineData("2b = zalloc z 8", "5:1: '2b' is not a block name; a name starts with a letter or '_' and goes on with letters, digits or '_'")]
    [InlineData("my-zone = create_zone 8", "5:1: 'my-zone' is not a zone name; a name starts with a letter or '_' and goes on with letters, digits or '_'")]
    public void A_name_that_is_a_keyword_or_malformed_is_an_error(string step, string expected)
    {
        Assert.Equal($"{Parsing.File}:{expected}", Parsing.StepError(step));
    }

    [Theory]
    [InlineData("zalloc", "5:7: expected a zone after 'zalloc', found the end of the line; write it as in 'a = zalloc z 16'")]
    [InlineData("zalloc z", "5:9: expected a size after 'zalloc z', found the end of the line; write it as in 'a = zalloc z 16'")]
    [InlineData("zalloc z abc", "5:10: expected a size after 'zalloc z', found 'abc'; write the number of bytes in decimal, as in 'a = zalloc z 16'")]
    [InlineData("zalloc z -5", "5:10: expected a size after 'zalloc z', found '-5'; write the number of bytes in decimal, as in 'a = zalloc z 16'")]
    [InlineData("y = create_zone 1.5", "5:17: expected a size after 'create_zone', found '1.5'; write the number of bytes in decimal, as in 'z = create_zone 256'")]
    [InlineData("zalloc z 18446744073709551616", "5:10: '18446744073709551616' is too large for a size; sizes go up to 18446744073709551615")]
    [InlineData("zalloc z 0", "5:10: size 0 breaks zalloc's contract (sizes are at least 1); add '-> violation' to test that, or use a size of at least 1")]
    [InlineData("zalloc z 0 -> null", "5:10: size 0 breaks zalloc's contract (sizes are at least 1); add '-> violation' to test that, or use a size of at least 1")]
    [InlineData("y = create_zone 0", "5:17: size 0 breaks create_zone's contract (sizes are at least 1); add '-> violation' to test that, or use a size of at least 1")]
    public void A_missing_or_malformed_size_is_an_error_at_the_size(string step, string expected)
    {
        Assert.Equal($"{Parsing.File}:{expected}", Parsing.StepError(step));
    }

    [Theory]
    [InlineData("zalloc q 8", "5:8: zone 'q' is used before any 'q = create_zone ...' binds it; create the zone first, or check the spelling")]
    [InlineData("zfree z q", "5:9: block 'q' is used before any 'q = zalloc ...' binds it; allocate the block first, or check the spelling")]
    [InlineData("zfree z q+8", "5:9: block 'q' is used before any 'q = zalloc ...' binds it; allocate the block first, or check the spelling")]
    [InlineData("block_size z z", "5:14: block 'z' is used before any 'z = zalloc ...' binds it; allocate the block first, or check the spelling")]
    [InlineData("zone_size a", "5:11: zone 'a' is used before any 'a = create_zone ...' binds it; create the zone first, or check the spelling")]
    public void A_name_used_before_it_is_bound_is_an_error_at_the_name(string step, string expected)
    {
        Assert.Equal($"{Parsing.File}:{expected}", Parsing.StepError(step));
    }

    [Fact]
    public void A_name_bound_only_later_in_the_file_is_still_used_before_it_is_bound()
    {
        Assert.Equal(
            $"{Parsing.File}:5:9: block 'later' is used before any 'later = zalloc ...' binds it; allocate the block first, or check the spelling",
            Parsing.ErrorOf([.. Parsing.Prelude, "zfree z later", "later = zalloc z 8"]));
    }

    [Theory]
    [InlineData("zfree z+8 a", "5:7: a zone takes no byte offset ('z+8'); write the zone's name or null, as in 'zfree z a'")]
    [InlineData("zfree z null+8", "5:9: null takes no byte offset ('null+8'); write null alone, or a block's name plus a byte count, as in 'a+8'")]
    [InlineData("zfree z a+x", "5:9: expected a block after 'zfree z', found 'a+x'; write a block's name, a name plus or minus a byte count such as 'a+8', or null, as in 'zfree z a'")]
    [InlineData("zfree z a+9223372036854775808", "5:9: expected a block after 'zfree z', found 'a+9223372036854775808'; write a block's name, a name plus or minus a byte count such as 'a+8', or null, as in 'zfree z a'")]
    [InlineData("zfree z 5", "5:9: expected a block after 'zfree z', found '5'; write a block's name, a name plus or minus a byte count such as 'a+8', or null, as in 'zfree z a'")]
    [InlineData("zone_size 5", "5:11: expected a zone after 'zone_size', found '5'; write a zone's name or null, as in 'zone_size z'")]
    [InlineData("zone_size ok", "5:11: expected a zone after 'zone_size', found 'ok'; write a zone's name or null, as in 'zone_size z'")]
    [InlineData("zfree z -> ok", "5:9: expected a block after 'zfree z', found '->'; write it as in 'zfree z a'")]
    public void A_malformed_operand_is_an_error_that_lists_the_forms_it_can_take(string step, string expected)
    {
        Assert.Equal($"{Parsing.File}:{expected}", Parsing.StepError(step));
    }

    [Theory]
    [InlineData("zone_size z 5", "5:13: unexpected '5' after 'zone_size z'; an expectation starts with '->' (as in '-> ok') and a comment with '#'")]
    [InlineData("destroy_zone z z", "5:16: unexpected 'z' after 'destroy_zone z'; an expectation starts with '->' (as in '-> ok') and a comment with '#'")]
    [InlineData("zone_size z ->256", "5:13: unexpected '->256' after 'zone_size z'; put a space after '->', as in '-> ok'")]
    [InlineData("zone_size z ->", "5:15: expected an expectation after '->', found the end of the line; zone_size allows N, ok or violation")]
    [InlineData("zone_size z -> maybe", "5:16: 'maybe' is not an expectation; zone_size allows N, ok or violation")]
    [InlineData("zone_size z -> null", "5:16: '-> null' does not apply to zone_size; zone_size allows N, ok or violation")]
    [InlineData("block_size z a -> offset 16", "5:19: '-> offset 16' does not apply to block_size; block_size allows N, ok or violation")]
    [InlineData("zalloc z 8 -> 16", "5:15: '-> 16' does not apply to zalloc; zalloc allows null, ok, violation or offset N")]
    [InlineData("zfree z a -> null", "5:14: '-> null' does not apply to zfree; zfree allows ok or violation")]
    [InlineData("y = create_zone 8 -> offset 0", "5:22: '-> offset 0' does not apply to create_zone; create_zone allows null, ok or violation")]
    [InlineData("zalloc z 8 -> offset", "5:21: expected a number after 'offset', found the end of the line; write the block's offset in the region in bytes, as in '-> offset 16'")]
    [InlineData("zalloc z 8 -> offset x", "5:22: expected a number after 'offset', found 'x'; write the block's offset in the region in bytes, as in '-> offset 16'")]
    [InlineData("zone_size z -> 256 bytes", "5:20: unexpected 'bytes'; nothing follows the expectation (a comment starts with '#')")]
    [InlineData("zfree z a -> violation violation", "5:24: unexpected 'violation'; nothing follows the expectation (a comment starts with '#')")]
    public void A_misplaced_or_disallowed_expectation_is_an_error_that_lists_what_the_operation_allows(string step, string expected)
    {
        Assert.Equal($"{Parsing.File}:{expected}", Parsing.StepError(step));
    }
}
