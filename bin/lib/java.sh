# shellcheck shell=bash
# Selects a JDK 25: JAVA_HOME if it is 25, else /usr/lib/jvm/temurin-25*, else one clear error.

java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'
}

require_java25() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME")" = 25 ]; then
    export JAVA_HOME
    return
  fi
  local candidate
  for candidate in /usr/lib/jvm/temurin-25*; do
    if [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate")" = 25 ]; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      return
    fi
  done
  echo "error: JDK 25 not found: set JAVA_HOME to a JDK 25 or install Temurin 25 under /usr/lib/jvm" >&2
  exit 1
}
