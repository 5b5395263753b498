package marquee.boxoffice;

import java.util.List;

/** A film's curve beside those of comparable films, all aligned by day of release. */
public record Comparables(Curve film, List<Curve> comparables) {

    public record Curve(HistoryFilm film, List<DayFigures> days) {}
}
