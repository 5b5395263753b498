package marquee.boxoffice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A day's live ranking in a scope, with the scope's totals. */
public record Ranking(LocalDate day, Scope scope, long totalGrossMinor, long totalAdmissions, long totalScreenings,
                      String currency, List<RankingRow> rows, Instant asOf) {}
