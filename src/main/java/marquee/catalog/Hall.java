package marquee.catalog;

/** A hall of a cinema; its seats lie on a grid of rows and columns, with gaps for aisles. */
public record Hall(long id, long cinemaId, String name, int gridRows, int gridCols, int capacity) {}
