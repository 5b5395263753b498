"""The CPU samples of a JDK Flight Recorder file, for scripts/jfr-summary.py and scripts/jfr-boxoffice.py."""
import subprocess, re, os


def read(path, depth=320):
    """[(thread name, [frame, ...] innermost first)] of every jdk.ExecutionSample; needs JAVA_HOME (bin/jfr)."""
    jfr = os.path.join(os.environ.get('JAVA_HOME', ''), 'bin', 'jfr')
    p = subprocess.Popen([jfr, 'print', '--events', 'jdk.ExecutionSample', '--stack-depth', str(depth), path],
                         stdout=subprocess.PIPE, text=True)
    samples = []
    thread = None; frames = None
    for line in p.stdout:
        s = line.strip()
        if s.startswith('sampledThread = '):
            thread = s.split('"')[1]
        elif s.startswith('stackTrace = ['):
            frames = []
        elif frames is not None:
            if s == ']' or s.startswith(']'):
                samples.append((thread, frames)); frames = None
            elif s and s != '...':
                frames.append(re.sub(r'\s+line:.*$', '', s))
    return samples
