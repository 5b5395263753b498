package marquee.bench.booking;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time of this JVM over the measured part of a run, in all and by kind of thread: the bench's
 * buyers and their HTTP client, the web server's request threads, and everything else (the box office
 * writer, event delivery, the JIT compiler, the garbage collector). On a machine shared with other
 * work, CPU per purchase says more than purchases per second.
 */
final class BenchCpu {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final long processAtStart = processNanos();
    private final Map<Long, Long> threadAtStart = threadNanos();

    /** CPU seconds by kind of thread since this was made; "all" is the whole process. */
    Map<String, Double> since() {
        Map<String, Double> seconds = new TreeMap<>();
        double named = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long now = threads.getThreadCpuTime(info.getThreadId());
            if (now < 0) {
                continue;
            }
            double used = (now - threadAtStart.getOrDefault(info.getThreadId(), 0L)) / 1e9;
            seconds.merge(kind(info.getThreadName()), used, Double::sum);
            named += used;
        }
        double all = (processNanos() - processAtStart) / 1e9;
        seconds.merge("other", Math.max(0, all - named), Double::sum);
        seconds.put("all", all);
        return seconds;
    }

    private static String kind(String thread) {
        if (thread.startsWith("bench-buyer") || thread.startsWith("HttpClient")) {
            return "buyers";
        }
        return thread.startsWith("http-nio") ? "requests" : "other";
    }

    private Map<Long, Long> threadNanos() {
        Map<Long, Long> nanos = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            nanos.put(id, threads.getThreadCpuTime(id));
        }
        return nanos;
    }

    private static long processNanos() {
        return ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class).getProcessCpuTime();
    }
}
