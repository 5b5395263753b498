package marquee.forecasting.internal;

/** A final-gross forecast after {@code daysObserved} days in release (0 = before release), in major units. */
public record Forecast(String filmId, int daysObserved, double predictedFinalGross, double low80, double high80) {
}
