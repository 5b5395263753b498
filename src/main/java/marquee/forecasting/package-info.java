/**
 * Forecasting: final-gross forecasts with 80% intervals (before and during release) and their
 * backtests on real daily box office. Works from CSV files alone; see {@link marquee.forecasting.ForecastCommand}.
 */
package marquee.forecasting;
