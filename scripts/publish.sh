#!/usr/bin/env bash
# Makes what a bureau installs, into artifacts/ (or the folder given):
#   win-x64/staticplans.exe     self-contained single file for Windows (no .NET needed on the PC)
#   linux-x64/staticplans       self-contained single file for Linux
#   nuget/StaticPlans.Cli.<v>.nupkg  the .NET tool package (dotnet tool install --global StaticPlans.Cli --add-source nuget/),
#     with StaticPlans.Cli.<rid>.<v>.nupkg beside it: the tool precompiled (ReadyToRun) for linux-x64 and win-x64, and
#     "any", the portable one; `dotnet tool install` picks the one for the machine (see the project file).
#     PUBLISH_TOOL_AOT=1 makes the linux-x64 package native code (Native AOT) instead: it starts in half the time but
#     runs only on the glibc of the machine that made it or later (2.34 from Debian 12), not on RHEL 8-era systems
#     (glibc 2.28), which is why it is not the default. It needs clang or gcc and zlib; Windows cannot be cross-compiled.
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
# On request, the linux-x64 package again as native code: the sample site's build as a whole process took 0.31 s from
# the ReadyToRun package and 0.15 s from the native one (bench/startup.sh), the ReadyToRun code still JIT-compiling
# about a thousand methods at every start (generic instantiations across the framework, reflection stubs). This pack
# replaces the ReadyToRun StaticPlans.Cli.linux-x64 package; the pointer package already names it.
TOOL_AOT=${PUBLISH_TOOL_AOT:-0}
if [ "$TOOL_AOT" = 1 ]; then
  step "tool package for linux-x64, Native AOT"
  # Removed first: pack leaves a package it thinks up to date in place, and this one must be the native one.
  rm -f "$OUT"/nuget/StaticPlans.Cli.linux-x64.*.nupkg
  dotnet pack "$PROJECT" -c Release -r linux-x64 -p:PublishAot=true -p:DebugType=none -o "$OUT/nuget" -nologo -v q >"$OUT/pack-aot.log" 2>&1 \
    || { cat "$OUT/pack-aot.log" >&2; fail "dotnet pack -r linux-x64 -p:PublishAot=true"; }
fi

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
# import lives in its own assembly (with OpenXml), which the tool must carry: the top package only points to the
# per-platform ones, so each of those.
# The native package has them compiled into its one executable instead.
for rid in linux-x64 win-x64 any; do
  ridpkg="$OUT/nuget/StaticPlans.Cli.$rid.$version.nupkg"
  ridlisting=$(unzip -l "$ridpkg")
  if [ "$rid" = linux-x64 ] && [ "$TOOL_AOT" = 1 ]; then
    grep -q "tools/.*/linux-x64/StaticPlans.Cli$" <<<"$ridlisting" || fail "$ridpkg has no native StaticPlans.Cli"
    ! grep -q "tools/.*\.dll$" <<<"$ridlisting" || fail "$ridpkg is not the native one: it has assemblies"
    # Symbols (a .dbg left in bin/ by a pack with DebugType on) would be 98 MB more for every user.
    ! grep -qE "\.(dbg|pdb)$" <<<"$ridlisting" || fail "$ridpkg carries debug symbols"
    continue
  fi
  for dll in StaticPlans.Authoring.dll DocumentFormat.OpenXml.dll; do
    grep -q "tools/.*/$dll$" <<<"$ridlisting" || fail "$ridpkg has no $dll"
  done
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

if [ "$TOOL_AOT" = 1 ]; then
  native=$(mktemp -d)
  unzip -q "$OUT/nuget/StaticPlans.Cli.linux-x64.$version.nupkg" 'tools/*' -d "$native"
  chmod +x "$native"/tools/*/linux-x64/StaticPlans.Cli
  toolversion=$("$native"/tools/*/linux-x64/StaticPlans.Cli --version) || fail "the native linux-x64 tool did not run --version"
  rm -rf "$native"
  echo "  nuget/StaticPlans.Cli.linux-x64 (native) --version: $toolversion"
fi
version=$("$OUT/linux-x64/staticplans" --version) || fail "linux-x64/staticplans --version did not run"
echo "  linux-x64/staticplans --version: $version"
[[ "$version" == staticplans\ * ]] || fail "unexpected --version output: $version"
step "done: $OUT"
