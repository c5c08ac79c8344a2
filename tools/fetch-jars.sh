# Sourced by the quick scripts: `cryo_fetch DIR groupId artifactId version` copies one jar from
# Maven Central (through the local repository) into DIR, once. Maven runs outside the Tycho
# reactor (the root POM needs the target platform), in a folder that only links .mvn/ so the
# Central-only settings still apply.
cryo_fetch() {
  local dir=$1 jar="$1/$3-$4.jar" root run
  [ -f "$jar" ] && return 0
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  run="$root/.cache/mvn-norepo"
  mkdir -p "$dir" "$run"
  ln -sfn "$root/.mvn" "$run/.mvn"
  (cd "$run" && "$root/mvnw" -q -B dependency:copy -Dartifact="$2:$3:$4" -DoutputDirectory="$dir" >&2)
}
