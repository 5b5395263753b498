-- Forecasting: which film of a market's history (the daily box office data set) a catalog film is, as its
-- distributor (or the operator) confirmed or fixed it. history_film_id null: confirmed to have no match.
-- Without a row the forecast uses the suggested match of the title rule (README, "Forecasts of catalog films").
-- A plain film id without a foreign key, as other modules keep catalog ids (V3), so forecasting does not depend on the catalog's tables.
create table forecast_film_match (
    film_id          bigint       not null,
    market           varchar(10)  not null,
    history_film_id  varchar(60),
    confirmed_by     bigint       not null,
    confirmed_at     timestamp with time zone not null,
    primary key (film_id, market)
);
