# Sourced by the bench scripts that run bench/BriefingRoom.Benchmarks (with $root and $results set): makes $results and
# a $work directory removed on exit, builds the program in Release and sets bench=(dotnet …/BriefingRoom.Benchmarks.dll).
mkdir -p "$results"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== building the benchmark program (Release)" >&2
dotnet build "$root/bench/BriefingRoom.Benchmarks" -c Release -nologo -v quiet >&2
bench=(dotnet "$root/bench/BriefingRoom.Benchmarks/bin/Release/net10.0/BriefingRoom.Benchmarks.dll")
