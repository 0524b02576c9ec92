using Autograder.Compilation.Rules;

namespace Autograder.Compilation.Tests.Rules;

public sealed class MallocCallSiteTests
{
    [Fact]
    public void The_LinkedList_sample_calls_Malloc_from_its_zone_record_region_and_node_and_breaks_no_rule()
    {
        var result = Scanned.Folder(Scanned.LinkedList);

        Assert.Equal(
            [
                ("Student.ZoneAllocator.CreateZone", "Zones.INativeHeap.Malloc"),
                ("Student.ZoneAllocator.CreateZone", "Zones.INativeHeap.Malloc"),
                ("Student.ZoneAllocator.NewNode", "Zones.INativeHeap.Malloc"),
            ],
            result.MallocCallSites.Select(site => (site.Method, site.Target)));
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void A_fourth_call_site_is_a_finding_that_names_every_place()
    {
        var result = Scanned.Source("""
            using Zones;

            namespace Student;

            public sealed unsafe class Allocator(INativeHeap heap)
            {
                public nint CreateZone(nuint bytes)
                {
                    nint record = heap.Malloc(24);
                    nint region = heap.Malloc(bytes);
                    return record + region + NewNode();
                }

                public nint Zalloc(nuint bytes) => heap.Malloc(bytes);

                private nint NewNode() => heap.Malloc(40);
            }
            """);

        Assert.Equal(
            ["Student.Allocator.CreateZone", "Student.Allocator.CreateZone", "Student.Allocator.Zalloc", "Student.Allocator.NewNode"],
            result.MallocCallSites.Select(site => site.Method));
        var finding = Assert.Single(result.Findings);
        Assert.Equal(
            new IlFinding(
                IlRuleIds.MallocCallSites,
                "Student.Allocator.NewNode",
                "calls INativeHeap.Malloc from 4 places (Student.Allocator.CreateZone twice, Student.Allocator.Zalloc, Student.Allocator.NewNode); "
                + "at most 3 are allowed: allocate each kind of object (the zone record, the region, a node) in one place, "
                + "through a helper method when several methods need one"),
            finding);
    }

    [Fact]
    public void The_number_allowed_comes_from_the_settings()
    {
        var result = Scanned.Folder(Scanned.LinkedList, new IlRuleSettings { MaxMallocCallSites = 2 });

        var finding = Assert.Single(result.Findings);
        Assert.Equal((IlRuleIds.MallocCallSites, "Student.ZoneAllocator.NewNode"), (finding.RuleId, finding.Method));
        Assert.StartsWith("calls INativeHeap.Malloc from 3 places (Student.ZoneAllocator.CreateZone twice, Student.ZoneAllocator.NewNode); at most 2 are allowed", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_number_allowed_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new IlRuleSettings { MaxMallocCallSites = -1 });
    }

    [Fact]
    public void Calls_through_a_heap_wrapper_count_and_the_wrappers_own_forwarding_call_does_not()
    {
        var result = Scanned.Source("""
            using Zones;

            namespace Student;

            internal sealed class CountingHeap(INativeHeap inner) : INativeHeap
            {
                public int Calls { get; private set; }

                public nint Malloc(nuint bytes)
                {
                    Calls++;
                    return inner.Malloc(bytes);
                }

                public void Free(nint pointer) => inner.Free(pointer);
            }

            public sealed class Allocator(INativeHeap heap)
            {
                private readonly CountingHeap counting = new(heap);

                public nint CreateZone(nuint bytes) => counting.Malloc(24) + counting.Malloc(bytes);

                public nint NewNode() => counting.Malloc(40);
            }
            """);

        Assert.Equal(
            [
                ("Student.Allocator.CreateZone", "Student.CountingHeap.Malloc"),
                ("Student.Allocator.CreateZone", "Student.CountingHeap.Malloc"),
                ("Student.Allocator.NewNode", "Student.CountingHeap.Malloc"),
            ],
            result.MallocCallSites.Select(site => (site.Method, site.Target)));
    }

    [Fact]
    public void A_wrapper_that_implements_Malloc_explicitly_counts_too()
    {
        var result = Scanned.Source("""
            using Zones;

            namespace Student;

            internal sealed class QuietHeap(INativeHeap inner) : INativeHeap
            {
                nint INativeHeap.Malloc(nuint bytes) => inner.Malloc(bytes);

                void INativeHeap.Free(nint pointer) => inner.Free(pointer);
            }

            public sealed class Allocator(INativeHeap heap)
            {
                private readonly INativeHeap quiet = new QuietHeap(heap);

                public nint NewNode() => quiet.Malloc(40);
            }
            """);

        var site = Assert.Single(result.MallocCallSites);
        Assert.Equal(("Student.Allocator.NewNode", "Zones.INativeHeap.Malloc"), (site.Method, site.Target));
    }

    [Fact]
    public void Malloc_in_a_lambda_counts_for_the_method_that_holds_it_and_taking_it_as_a_delegate_is_a_call_site()
    {
        var result = Scanned.Source("""
            using Zones;

            namespace Student;

            public sealed class Allocator(INativeHeap heap)
            {
                public nint CreateZone(nuint bytes)
                {
                    Func<nint> record = () => heap.Malloc(24);
                    return record();
                }

                public nint NewNode()
                {
                    Func<nuint, nint> malloc = heap.Malloc;
                    return malloc(40) + malloc(40);
                }
            }
            """);

        // The lambda's body sits in a class the compiler adds after the allocator's own methods.
        Assert.Equal(["Student.Allocator.CreateZone", "Student.Allocator.NewNode"], result.MallocCallSites.Select(site => site.Method).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_method_named_Malloc_on_a_type_that_is_not_a_heap_is_not_a_call_site()
    {
        var result = Scanned.Source("""
            namespace Student;

            public sealed class Pool
            {
                public nint Malloc(nuint bytes) => (nint)bytes;

                public nint Take() => Malloc(8) + Malloc(16);
            }
            """);

        Assert.Empty(result.MallocCallSites);
    }
}
