#!/usr/bin/env bash
# Makes what a bureau installs, into artifacts/ (or the folder given):
#   win-x64/staticplans.exe     self-contained single file for Windows (no .NET needed on the PC)
#   linux-x64/staticplans       self-contained single file for Linux
#   nuget/StaticPlans.Cli.<v>.nupkg  the .NET tool package (dotnet tool install --global StaticPlans.Cli --add-source nuget/)
# and checks each is there and that the Linux one runs. The runtime packs come from the NuGet feed like any package.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=$(realpath -m "${1:-artifacts}")
PROJECT=src/StaticPlans.Cli/StaticPlans.Cli.csproj
rm -rf "$OUT"
mkdir -p "$OUT"

step() { echo "publish.sh: $*"; }
fail() { echo "publish.sh: FAILED: $*" >&2; exit 1; }

for rid in linux-x64 win-x64; do
  step "self-contained single file for $rid"
  dotnet publish "$PROJECT" -c Release -r "$rid" --self-contained true -p:PublishSingleFile=true \
    -p:IncludeNativeLibrariesForSelfExtract=true -p:EnableCompressionInSingleFile=true -p:DebugType=none -o "$OUT/$rid" -nologo -v q \
    >"$OUT/publish-$rid.log" 2>&1 || { cat "$OUT/publish-$rid.log" >&2; fail "dotnet publish -r $rid"; }
  # The assembly is StaticPlans.Cli (see the project file); the command users type is staticplans. A single-file
  # executable finds its bundle inside itself, so it runs under any name.
  exe=""; [ "$rid" = win-x64 ] && exe=".exe"
  mv "$OUT/$rid/StaticPlans.Cli$exe" "$OUT/$rid/staticplans$exe"
done
step "tool package"
dotnet pack "$PROJECT" -c Release -o "$OUT/nuget" -nologo -v q >"$OUT/pack.log" 2>&1 \
  || { cat "$OUT/pack.log" >&2; fail "dotnet pack"; }

# Each artefact must exist; the single files must be one file (no loose runtime beside them).
check_file() { [ -s "$1" ] || fail "$1 was not produced"; echo "  $(du -h "$1" | cut -f1)  ${1#"$OUT"/}"; }
check_file "$OUT/linux-x64/staticplans"
check_file "$OUT/win-x64/staticplans.exe"
nupkg=$(ls "$OUT"/nuget/StaticPlans.Cli.*.nupkg 2>/dev/null | head -1)
[ -n "$nupkg" ] || fail "no StaticPlans.Cli.*.nupkg in $OUT/nuget"
check_file "$nupkg"
for rid in linux-x64 win-x64; do
  extra=$(find "$OUT/$rid" -type f ! -name 'staticplans' ! -name 'staticplans.exe' ! -name '*.pdb' | wc -l)
  [ "$extra" = 0 ] || fail "$rid has $extra files beside the executable: not a single file"
done
# The package is a .NET tool with its metadata and readme. (Read into variables first: a pipe into grep -q
# would end unzip early, which pipefail reports as a failure.)
listing=$(unzip -l "$nupkg")
nuspec=$(unzip -p "$nupkg" StaticPlans.Cli.nuspec)
grep -q ' README.md$' <<<"$listing" || fail "$nupkg has no README.md"
# import lives in its own assembly (with OpenXml), which the tool must carry.
for dll in StaticPlans.Authoring.dll DocumentFormat.OpenXml.dll; do
  grep -q "tools/.*/$dll$" <<<"$listing" || fail "$nupkg has no $dll"
done
for tag in '<packageType name="DotnetTool"' '<description>' '<authors>' '<license type="expression">' '<readme>' '<repository ' '<tags>'; do
  grep -q "$tag" <<<"$nuspec" || fail "$nupkg: no $tag in its nuspec"
done
echo "  package metadata: $(grep -oE '<(id|version|authors|license type="expression")>[^<]*' <<<"$nuspec" | sed 's/.*>//' | paste -sd' ')"

version=$("$OUT/linux-x64/staticplans" --version) || fail "linux-x64/staticplans --version did not run"
echo "  linux-x64/staticplans --version: $version"
[[ "$version" == staticplans\ * ]] || fail "unexpected --version output: $version"
step "done: $OUT"
