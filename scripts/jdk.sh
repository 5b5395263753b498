# Sourced by the launcher and the test script: exports JAVA_HOME pointing at a JDK 21 or newer.
# Looks at $JAVA_HOME, then the JDKs under /usr/lib/jvm (Debian's usual folder, where this
# project's machines keep a Temurin 25), then tries Debian's packages.

java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1; }

find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then echo "$candidate"; return 0; fi
  done
  return 1
}

if ! MARQUEE_JDK=$(find_jdk); then
  echo "marquee: no JDK 21+ found; trying Debian's packages (openjdk-21/25)..." >&2
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    apt-get update -qq >/dev/null 2>&1 || true
    apt-get install -y -qq openjdk-25-jdk-headless >/dev/null 2>&1 \
      || apt-get install -y -qq openjdk-21-jdk-headless >/dev/null 2>&1 || true
  fi
  MARQUEE_JDK=$(find_jdk) || { echo "marquee: a JDK 21 or newer is needed; install one and set JAVA_HOME" >&2; exit 1; }
fi
export JAVA_HOME="$MARQUEE_JDK"
export PATH="$JAVA_HOME/bin:$PATH"
