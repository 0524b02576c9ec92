#!/usr/bin/env bash
# How long a student's second `autograder check` on unchanged sources takes, for several builds of the
# grader side by side in one run (the machine is shared: only ratios in one run mean much).
#
#   harness/Autograder.Benchmarks/check-second-run.sh [--runs N] [--sample NAME] [--before REV] [--published]
#
# Builds measured:
#   after      this work tree, `dotnet build -c Release` (what `dotnet run -c Release` runs)
#   published  with --published: this work tree published ReadyToRun for this machine's platform, to see
#              what precompiled code would save (the dotnet tool is packed portable, without it)
#   before     with --before REV: git revision REV, exported to a temporary folder and built the same way
#
# Each build gets cache folders of its own (TMPDIR and XDG_CACHE_HOME: sharing one, each build would find
# the other's compiled submission and compile again every run), runs once to fill them (the "first run"
# column), then N more times, the builds taking turns so that the machine's load falls on all alike.
# Printed: the median and the spread of the later runs, and whether every build printed the same output.
set -euo pipefail
[[ -x /usr/bin/time ]] || { echo "error: /usr/bin/time is missing; apt-get install time" >&2; exit 2; }

runs=5
sample=LinkedList
before=
published=false
while [[ $# -gt 0 ]]; do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        --sample) sample="$2"; shift 2 ;;
        --before) before="$2"; shift 2 ;;
        --published) published=true; shift ;;
        -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
        *) echo "error: unknown argument '$1'; see --help" >&2; exit 2 ;;
    esac
done

root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d -t check-second-run.XXXXXX)"
trap 'rm -rf "$work"' EXIT
# The sandboxed worker runs as a user of its own: it must be able to reach the grader and its stage.
chmod 755 "$work"
submission="$root/allocator/samples/$sample"
[[ -d "$submission" ]] || { echo "error: no sample '$sample' under allocator/samples/" >&2; exit 2; }

names=()
declare -A dll
build() { # name project-root
    dotnet build -c Release "$2/harness/Autograder.Cli/Autograder.Cli.csproj" -nologo -v q -clp:ErrorsOnly >&2
    names+=("$1")
    dll[$1]="$2/harness/Autograder.Cli/bin/Release/net10.0/autograder.dll"
}

if [[ -n "$before" ]]; then
    mkdir "$work/before-src"
    git -C "$root" archive "$before" | tar -x -C "$work/before-src"
    echo "building before ($before)..." >&2
    build before "$work/before-src"
fi

echo "building after (this work tree)..." >&2
build after "$root"

if $published; then
    echo "publishing (ReadyToRun)..." >&2
    # One build node: with a runtime identifier the worker is built twice, and two nodes can collide writing it.
    rid="$(dotnet --info | awk '$1 == "RID:" { print $2; exit }')"
    dotnet publish -c Release "$root/harness/Autograder.Cli/Autograder.Cli.csproj" -r "$rid" --self-contained false -p:PublishReadyToRun=true -m:1 -nologo -v q -clp:ErrorsOnly -o "$work/published" >&2
    names+=(published)
    dll[published]="$work/published/autograder.dll"
fi

# One run: "wall-ms cpu-ms" on stdout (CPU time of the grader and every process it waited for: the
# worker, bubblewrap); the check's own output kept for comparison.
run() { # name output-file
    local start end
    start=$(date +%s%N)
    (cd "$submission" && TMPDIR="$work/tmp-$1" XDG_CACHE_HOME="$work/tmp-$1/cache" /usr/bin/time -f '%U %S' -o "$work/cpu.txt" \
        dotnet "${dll[$1]}" check . --out "$work/failing-cases" >"$2" 2>>"$work/$1.stderr.txt") || true
    end=$(date +%s%N)
    echo "$(((end - start) / 1000000)) $(awk '{ printf "%d", ($1 + $2) * 1000 }' "$work/cpu.txt")"
}

declare -A first times cpus
for name in "${names[@]}"; do
    mkdir -p "$work/tmp-$name"
    read -r wall _ < <(run "$name" "$work/$name.first.txt")
    first[$name]=$wall
done

for ((i = 0; i < runs; i++)); do
    for name in "${names[@]}"; do
        read -r wall cpu < <(run "$name" "$work/$name.txt")
        times[$name]+="$wall "
        cpus[$name]+="$cpu "
    done
done

median() { tr ' ' '\n' | grep . | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
range() { tr ' ' '\n' | grep . | sort -n | awk 'NR == 1 { lo = $1 } { hi = $1 } END { print lo "-" hi }'; }

echo
echo "autograder check allocator/samples/$sample: $runs second runs each, builds taking turns; load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-10s  %9s  %16s  %14s  %15s\n' build "first run" "second run (med)" "spread" "CPU time (med)"
for name in "${names[@]}"; do
    printf '%-10s  %6s ms  %13s ms  %11s ms  %12s ms\n' "$name" "${first[$name]}" "$(echo "${times[$name]}" | median)" \
        "$(echo "${times[$name]}" | range)" "$(echo "${cpus[$name]}" | median)"
done

# Grading results must not change: every build, first and later runs, prints the same check.
same=true
for name in "${names[@]}"; do
    for file in "$work/$name.first.txt" "$work/$name.txt"; do
        if ! diff -q "$work/${names[0]}.txt" "$file" >/dev/null; then
            same=false
            echo "output differs: ${names[0]} against $(basename "$file" .txt):"
            diff "$work/${names[0]}.txt" "$file" | head -20 || true
        fi
    done
done
$same && echo "every build printed the same check output"
