#!/usr/bin/env bash
# Makes what a bureau installs, into artifacts/ (or the folder given):
#   win-x64/staticplans.exe     self-contained single file for Windows (no .NET needed on the PC)
#   linux-x64/staticplans       self-contained single file for Linux
#   nuget/StaticPlans.Cli.<v>.nupkg  the .NET tool package (dotnet tool install --global StaticPlans.Cli --add-source nuget/),
#     with StaticPlans.Cli.<rid>.<v>.nupkg beside it: the tool precompiled (ReadyToRun) for linux-x64 and win-x64, and
#     "any", the portable one; `dotnet tool install` picks the one for the machine (see the project file).
# and checks each is there and that the Linux one runs. The runtime packs come from the NuGet feed like any package.
# The single files are precompiled too (the project file sets ReadyToRun whenever a runtime is given) and not
# compressed: a compressed bundle is unpacked in memory at every start, which costs a small site's build a fifth of
# its CPU time (bench/startup.sh). PUBLISH_RIDS="linux-x64" makes only the Linux single file (bench/startup.sh).
# PUBLISH_AOT=1 adds linux-x64-aot/staticplans, compiled to native code (Native AOT; needs clang or gcc and zlib).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=$(realpath -m "${1:-artifacts}")
PROJECT=src/StaticPlans.Cli/StaticPlans.Cli.csproj
rm -rf "$OUT"
mkdir -p "$OUT"

step() { echo "publish.sh: $*"; }
fail() { echo "publish.sh: FAILED: $*" >&2; exit 1; }

RIDS=(${PUBLISH_RIDS:-linux-x64 win-x64})
for rid in "${RIDS[@]}"; do
  step "self-contained single file for $rid"
  dotnet publish "$PROJECT" -c Release -r "$rid" --self-contained true -p:PublishSingleFile=true \
    -p:IncludeNativeLibrariesForSelfExtract=true -p:DebugType=none -o "$OUT/$rid" -nologo -v q \
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
for rid in "${RIDS[@]}"; do
  exe=""; [ "$rid" = win-x64 ] && exe=".exe"
  check_file "$OUT/$rid/staticplans$exe"
done
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props | head -1)
nupkg="$OUT/nuget/StaticPlans.Cli.$version.nupkg"
check_file "$nupkg"
# The per-platform packages the top one points to, each a tool package of its own kind.
for rid in linux-x64 win-x64 any; do
  ridpkg="$OUT/nuget/StaticPlans.Cli.$rid.$version.nupkg"
  check_file "$ridpkg"
  unzip -p "$ridpkg" "StaticPlans.Cli.$rid.nuspec" | grep -q '<packageType name="DotnetToolRidPackage"' || fail "$ridpkg is not a tool package for $rid"
  grep -q "RuntimeIdentifier=\"$rid\"" <<<"$(unzip -p "$nupkg" 'tools/*/DotnetToolSettings.xml')" || fail "$nupkg does not point to its $rid package"
done
for rid in "${RIDS[@]}"; do
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

if [ "${PUBLISH_AOT:-0}" = 1 ]; then
  step "native AOT executable for linux-x64"
  dotnet publish "$PROJECT" -c Release -r linux-x64 -p:PublishAot=true -p:DebugType=none -o "$OUT/linux-x64-aot" -nologo -v q \
    >"$OUT/publish-aot.log" 2>&1 || { cat "$OUT/publish-aot.log" >&2; fail "dotnet publish -p:PublishAot=true"; }
  mv "$OUT/linux-x64-aot/StaticPlans.Cli" "$OUT/linux-x64-aot/staticplans"
  check_file "$OUT/linux-x64-aot/staticplans"
  aot=$("$OUT/linux-x64-aot/staticplans" --version) || fail "linux-x64-aot/staticplans --version did not run"
  echo "  linux-x64-aot/staticplans --version: $aot"
fi

version=$("$OUT/linux-x64/staticplans" --version) || fail "linux-x64/staticplans --version did not run"
echo "  linux-x64/staticplans --version: $version"
[[ "$version" == staticplans\ * ]] || fail "unexpected --version output: $version"
step "done: $OUT"
