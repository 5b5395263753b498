package marquee.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a longer listing: the items, where the page starts, and how many there are in all. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public long pages() {
        return size == 0 ? 0 : (total + size - 1) / size;
    }

    public <R> PageOf<R> map(Function<T, R> mapping) {
        return new PageOf<>(items.stream().map(mapping).toList(), page, size, total);
    }
}
