package marquee.forecasting;

import java.time.LocalDate;
import java.util.List;
import marquee.shared.Sentence;
import marquee.forecasting.ForecastViews.FanPoint;
import marquee.forecasting.ForecastViews.Interval;

/** What {@link Forecasts} answers for a live curve: the forecast (null: none yet), its fan and the models' facts. */
record LiveModelForecast(LocalDate trainedBefore, int trainingFilms, Interval forecast, List<FanPoint> fan,
                         Sentence note) {
}
