# Sourced by the project's scripts: exports JAVA_HOME pointing to a JDK 21 or newer.
# Order: $JAVA_HOME if it is 21+, then the newest JDK 21+ under /usr/lib/jvm, then `java` on PATH.
# Prefers 25+ when several qualify (the CLI then gets an AOT cache).
cryo_java_major() { # prints the feature version of $1/bin/java, or 0
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || { echo 0; return; }
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' | head -1
}
cryo_find_jdk() {
  best=""; best_major=0
  if [ -n "${JAVA_HOME:-}" ]; then
    m=$(cryo_java_major "$JAVA_HOME"); [ "${m:-0}" -ge 21 ] && { best="$JAVA_HOME"; best_major=$m; }
  fi
  if [ -z "$best" ]; then
    for d in /usr/lib/jvm/* /opt/java/* /opt/jdk*; do
      [ -d "$d" ] || continue
      m=$(cryo_java_major "$d"); m=${m:-0}
      if [ "$m" -ge 21 ] && [ "$m" -gt "$best_major" ]; then best="$d"; best_major=$m; fi
    done
  fi
  if [ -z "$best" ] && command -v javac >/dev/null 2>&1; then
    d=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    m=$(cryo_java_major "$d"); [ "${m:-0}" -ge 21 ] && best="$d"
  fi
  if [ -z "$best" ]; then
    echo "CryoStudio needs a JDK 21 or newer (25+ recommended). None found in \$JAVA_HOME or /usr/lib/jvm." >&2
    echo "Install one (e.g. 'apt-get install openjdk-21-jdk' or Temurin 25) and set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
}
